import * as migration_20261124_170833_initial from './20261124_170833_initial';

export const migrations = [
  {
    up: migration_20261124_170833_initial.up,
    down: migration_20261124_170833_initial.down,
    name: '20261124_170833_initial'
  },
];
