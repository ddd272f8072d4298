import * as migration_20261125_034917_initial from './20261125_034917_initial';

export const migrations = [
  {
    up: migration_20261125_034917_initial.up,
    down: migration_20261125_034917_initial.down,
    name: '20261125_034917_initial'
  },
];
