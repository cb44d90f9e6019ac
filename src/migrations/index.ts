import * as migration_20261124_173023_initial from './20261124_173023_initial';
import * as migration_20261125_090000_search_indexes from './20261125_090000_search_indexes';
import * as migration_20261125_100000_wordpress_ids from './20261125_100000_wordpress_ids';
import * as migration_20261126_150000_scale from './20261126_150000_scale';
import * as migration_20261126_164542_user_language from './20261126_164542_user_language';
import * as migration_20261126_170203_pages from './20261126_170203_pages';
import * as migration_20261126_171522_navigation_pages from './20261126_171522_navigation_pages';
import * as migration_20261126_182621_redirects_page_search from './20261126_182621_redirects_page_search';
import * as migration_20261126_182629_registrations from './20261126_182629_registrations';
import * as migration_20261126_182759_media_storage_prefix from './20261126_182759_media_storage_prefix';
import * as migration_20261126_183120_contact_page from './20261126_183120_contact_page';
import * as migration_20261126_184641_forms from './20261126_184641_forms';
import * as migration_20261126_192540_merged_schema from './20261126_192540_merged_schema';
import * as migration_20261127_000000_locale_parent_indexes from './20261127_000000_locale_parent_indexes';
import * as migration_20261127_001000_events_window from './20261127_001000_events_window';
import * as migration_20261127_030000_post_term_counts from './20261127_030000_post_term_counts';
import * as migration_20261127_031000_post_reading_minutes from './20261127_031000_post_reading_minutes';
import * as migration_20261127_042543_space_excerpt from './20261127_042543_space_excerpt';

export const migrations = [
  {
    up: migration_20261124_173023_initial.up,
    down: migration_20261124_173023_initial.down,
    name: '20261124_173023_initial',
  },
  {
    up: migration_20261125_090000_search_indexes.up,
    down: migration_20261125_090000_search_indexes.down,
    name: '20261125_090000_search_indexes',
  },
  {
    up: migration_20261125_100000_wordpress_ids.up,
    down: migration_20261125_100000_wordpress_ids.down,
    name: '20261125_100000_wordpress_ids',
  },
  {
    up: migration_20261126_150000_scale.up,
    down: migration_20261126_150000_scale.down,
    name: '20261126_150000_scale',
  },
  {
    up: migration_20261126_164542_user_language.up,
    down: migration_20261126_164542_user_language.down,
    name: '20261126_164542_user_language',
  },
  {
    up: migration_20261126_170203_pages.up,
    down: migration_20261126_170203_pages.down,
    name: '20261126_170203_pages',
  },
  {
    up: migration_20261126_171522_navigation_pages.up,
    down: migration_20261126_171522_navigation_pages.down,
    name: '20261126_171522_navigation_pages',
  },
  {
    up: migration_20261126_182621_redirects_page_search.up,
    down: migration_20261126_182621_redirects_page_search.down,
    name: '20261126_182621_redirects_page_search',
  },
  {
    up: migration_20261126_182629_registrations.up,
    down: migration_20261126_182629_registrations.down,
    name: '20261126_182629_registrations',
  },
  {
    up: migration_20261126_182759_media_storage_prefix.up,
    down: migration_20261126_182759_media_storage_prefix.down,
    name: '20261126_182759_media_storage_prefix',
  },
  {
    up: migration_20261126_183120_contact_page.up,
    down: migration_20261126_183120_contact_page.down,
    name: '20261126_183120_contact_page',
  },
  {
    up: migration_20261126_184641_forms.up,
    down: migration_20261126_184641_forms.down,
    name: '20261126_184641_forms',
  },
  {
    up: migration_20261126_192540_merged_schema.up,
    down: migration_20261126_192540_merged_schema.down,
    name: '20261126_192540_merged_schema',
  },
  {
    up: migration_20261127_000000_locale_parent_indexes.up,
    down: migration_20261127_000000_locale_parent_indexes.down,
    name: '20261127_000000_locale_parent_indexes',
  },
  {
    up: migration_20261127_001000_events_window.up,
    down: migration_20261127_001000_events_window.down,
    name: '20261127_001000_events_window',
  },
  {
    up: migration_20261127_030000_post_term_counts.up,
    down: migration_20261127_030000_post_term_counts.down,
    name: '20261127_030000_post_term_counts',
  },
  {
    up: migration_20261127_031000_post_reading_minutes.up,
    down: migration_20261127_031000_post_reading_minutes.down,
    name: '20261127_031000_post_reading_minutes',
  },
  {
    up: migration_20261127_042543_space_excerpt.up,
    down: migration_20261127_042543_space_excerpt.down,
    name: '20261127_042543_space_excerpt',
  },
];
