import * as migration_20261125_031819_initial from './20261125_031819_initial';

export const migrations = [
  {
    up: migration_20261125_031819_initial.up,
    down: migration_20261125_031819_initial.down,
    name: '20261125_031819_initial'
  },
];
