import * as migration_20261125_035306_initial from './20261125_035306_initial';

export const migrations = [
  {
    up: migration_20261125_035306_initial.up,
    down: migration_20261125_035306_initial.down,
    name: '20261125_035306_initial'
  },
];
