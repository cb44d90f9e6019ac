import * as migration_20261124_173023_initial from './20261124_173023_initial';

export const migrations = [
  {
    up: migration_20261124_173023_initial.up,
    down: migration_20261124_173023_initial.down,
    name: '20261124_173023_initial'
  },
];
