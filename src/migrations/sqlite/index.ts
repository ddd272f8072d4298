import * as migration_20261125_031813_initial from './20261125_031813_initial';

export const migrations = [
  {
    up: migration_20261125_031813_initial.up,
    down: migration_20261125_031813_initial.down,
    name: '20261125_031813_initial'
  },
];
