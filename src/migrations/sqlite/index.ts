import * as migration_20261125_060843_initial from './20261125_060843_initial';

export const migrations = [
  {
    up: migration_20261125_060843_initial.up,
    down: migration_20261125_060843_initial.down,
    name: '20261125_060843_initial'
  },
];
