import * as migration_20261125_060843_initial from './20261125_060843_initial';
import * as migration_20261130_043818_indexes_for_ten_thousand_films from './20261130_043818_indexes_for_ten_thousand_films';
import * as migration_20261130_060000_search_fulltext from './20261130_060000_search_fulltext';
import * as migration_20261206_192748_symbol_motif from './20261206_192748_symbol_motif';
import * as migration_20261206_205355_compound_sort_indexes from './20261206_205355_compound_sort_indexes';
import * as migration_20261206_225905_media_object_storage from './20261206_225905_media_object_storage';
import * as migration_20261207_033814_covering_list_indexes from './20261207_033814_covering_list_indexes';
import * as migration_20261207_054014_symbol_film_status_index from './20261207_054014_symbol_film_status_index';
import * as migration_20261207_090030_published_film_counts from './20261207_090030_published_film_counts';
import * as migration_20261207_092434_visible_column from './20261207_092434_visible_column';

export const migrations = [
  {
    up: migration_20261125_060843_initial.up,
    down: migration_20261125_060843_initial.down,
    name: '20261125_060843_initial',
  },
  {
    up: migration_20261130_043818_indexes_for_ten_thousand_films.up,
    down: migration_20261130_043818_indexes_for_ten_thousand_films.down,
    name: '20261130_043818_indexes_for_ten_thousand_films',
  },
  {
    up: migration_20261130_060000_search_fulltext.up,
    down: migration_20261130_060000_search_fulltext.down,
    name: '20261130_060000_search_fulltext',
  },
  {
    up: migration_20261206_192748_symbol_motif.up,
    down: migration_20261206_192748_symbol_motif.down,
    name: '20261206_192748_symbol_motif',
  },
  {
    up: migration_20261206_205355_compound_sort_indexes.up,
    down: migration_20261206_205355_compound_sort_indexes.down,
    name: '20261206_205355_compound_sort_indexes',
  },
  {
    up: migration_20261206_225905_media_object_storage.up,
    down: migration_20261206_225905_media_object_storage.down,
    name: '20261206_225905_media_object_storage',
  },
  {
    up: migration_20261207_033814_covering_list_indexes.up,
    down: migration_20261207_033814_covering_list_indexes.down,
    name: '20261207_033814_covering_list_indexes',
  },
  {
    up: migration_20261207_054014_symbol_film_status_index.up,
    down: migration_20261207_054014_symbol_film_status_index.down,
    name: '20261207_054014_symbol_film_status_index',
  },
  {
    up: migration_20261207_090030_published_film_counts.up,
    down: migration_20261207_090030_published_film_counts.down,
    name: '20261207_090030_published_film_counts',
  },
  {
    up: migration_20261207_092434_visible_column.up,
    down: migration_20261207_092434_visible_column.down,
    name: '20261207_092434_visible_column'
  },
];
