// Tables for the HSDS objects the API filters and searches on. Each row keeps the object's own
// one-to-one fields in `data`; services also keep the compiled (fully nested) document in `doc`,
// which is what `GET /services/{id}` and `full=true` answer. Search lives here, in SQL:
// per-language full-text vectors, pg_trgm for typos, unaccent for accents, PostGIS for places.
export const SCHEMA_SQL = `
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS postgis;

-- unaccent() is only STABLE; this wrapper names its dictionary so it can be IMMUTABLE (index-safe).
CREATE OR REPLACE FUNCTION hsds_fold(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

-- The one-to-one (scalar) fields of an object: what list answers carry.
CREATE OR REPLACE FUNCTION hsds_scalars(jsonb) RETURNS jsonb
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT coalesce(jsonb_object_agg(key, value), '{}'::jsonb) FROM jsonb_each($1)
        WHERE jsonb_typeof(value) NOT IN ('array', 'object') $$;

-- A JSON array, or an empty one for anything else (missing, null, an object by mistake).
CREATE OR REPLACE FUNCTION hsds_arr(jsonb) RETURNS jsonb
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT CASE WHEN jsonb_typeof($1) = 'array' THEN $1 ELSE '[]'::jsonb END $$;

-- A service area's extent as geometry, or NULL (not a failed import) when it cannot be read.
CREATE OR REPLACE FUNCTION hsds_area(extent text, extent_type text) RETURNS geometry LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
BEGIN
  IF extent IS NULL THEN RETURN NULL; END IF;
  IF lower(coalesce(extent_type, '')) IN ('geojson', 'topojson') OR left(ltrim(extent), 1) = '{' THEN
    RETURN ST_SetSRID(ST_GeomFromGeoJSON(extent), 4326);
  END IF;
  RETURN ST_SetSRID(ST_GeomFromText(extent), 4326);
EXCEPTION WHEN others THEN RETURN NULL;
END $$;

CREATE TABLE IF NOT EXISTS organizations (
  id text PRIMARY KEY, name text NOT NULL, data jsonb NOT NULL,
  search_vector tsvector, modified_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE IF NOT EXISTS taxonomies (
  id text PRIMARY KEY, name text NOT NULL, data jsonb NOT NULL, modified_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE IF NOT EXISTS taxonomy_terms (
  id text PRIMARY KEY, taxonomy_id text, code text, parent_id text, name text NOT NULL, data jsonb NOT NULL,
  modified_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE IF NOT EXISTS services (
  id text PRIMARY KEY, organization_id text, name text NOT NULL, status text,
  minimum_age numeric, maximum_age numeric, data jsonb NOT NULL, doc jsonb NOT NULL,
  search_vector tsvector, search_text text, modified_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE IF NOT EXISTS locations (
  id text PRIMARY KEY, organization_id text, name text, geom geography(Point, 4326), data jsonb NOT NULL);
CREATE TABLE IF NOT EXISTS addresses (
  id text PRIMARY KEY, location_id text, postal_code text, data jsonb NOT NULL);
CREATE TABLE IF NOT EXISTS service_at_locations (
  id text PRIMARY KEY, service_id text NOT NULL, location_id text, data jsonb NOT NULL,
  modified_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE IF NOT EXISTS phones (id text PRIMARY KEY, service_id text, data jsonb NOT NULL);
CREATE TABLE IF NOT EXISTS schedules (
  id text PRIMARY KEY, service_id text, service_at_location_id text, days text[], opens_at time, closes_at time,
  data jsonb NOT NULL);
CREATE TABLE IF NOT EXISTS languages (id text PRIMARY KEY, service_id text, code text, name text, data jsonb NOT NULL);
CREATE TABLE IF NOT EXISTS service_areas (
  id text PRIMARY KEY, service_id text, name text, geom geometry(Geometry, 4326), data jsonb NOT NULL);
CREATE TABLE IF NOT EXISTS attributes (
  id text PRIMARY KEY, link_id text, link_entity text, taxonomy_term_id text, data jsonb NOT NULL);
-- The words of the directory (names, organizations, categories, descriptions): typo correction looks here.
CREATE TABLE IF NOT EXISTS search_words (word text PRIMARY KEY);
-- Where a postcode is: the centroid of the locations whose addresses carry it (rebuilt after each import).
CREATE TABLE IF NOT EXISTS postcodes (postcode text PRIMARY KEY, geom geography(Point, 4326) NOT NULL);

CREATE INDEX IF NOT EXISTS search_words_trgm ON search_words USING gin (word gin_trgm_ops);
CREATE INDEX IF NOT EXISTS services_search_vector ON services USING gin (search_vector);
CREATE INDEX IF NOT EXISTS services_search_text ON services USING gin (search_text gin_trgm_ops);
CREATE INDEX IF NOT EXISTS services_organization ON services (organization_id);
CREATE INDEX IF NOT EXISTS services_modified ON services (modified_at);
CREATE INDEX IF NOT EXISTS services_name ON services (name, id);
CREATE INDEX IF NOT EXISTS organizations_search_vector ON organizations USING gin (search_vector);
CREATE INDEX IF NOT EXISTS terms_taxonomy ON taxonomy_terms (taxonomy_id);
CREATE INDEX IF NOT EXISTS terms_parent ON taxonomy_terms (parent_id);
CREATE INDEX IF NOT EXISTS terms_code ON taxonomy_terms (code);
CREATE INDEX IF NOT EXISTS attributes_term ON attributes (taxonomy_term_id, link_id);
CREATE INDEX IF NOT EXISTS attributes_link ON attributes (link_id);
CREATE INDEX IF NOT EXISTS sal_service ON service_at_locations (service_id);
CREATE INDEX IF NOT EXISTS sal_location ON service_at_locations (location_id);
CREATE INDEX IF NOT EXISTS locations_geom ON locations USING gist (geom);
CREATE INDEX IF NOT EXISTS addresses_location ON addresses (location_id);
CREATE INDEX IF NOT EXISTS phones_service ON phones (service_id);
CREATE INDEX IF NOT EXISTS schedules_service ON schedules (service_id);
CREATE INDEX IF NOT EXISTS languages_service ON languages (service_id);
CREATE INDEX IF NOT EXISTS areas_service ON service_areas (service_id);
CREATE INDEX IF NOT EXISTS areas_geom ON service_areas USING gist (geom);
`;

export const SEARCH_SQL = `
-- Scripts written without spaces between words (Chinese, Japanese, Korean names, Thai): words cannot
-- be split, so the search also looks for the typed text inside names by trigram word similarity.
CREATE OR REPLACE FUNCTION hsds_unspaced(text) RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
  SELECT $1 ~ '[\\u0e00-\\u0e7f\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af\\uf900-\\ufaff]' $$;
CREATE OR REPLACE FUNCTION hsds_word_query(w text) RETURNS tsquery LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT plainto_tsquery('simple', w) || plainto_tsquery('english', w) || plainto_tsquery('spanish', w) || plainto_tsquery('russian', w) $$;

-- What a person typed, as one tsquery: every word must match (in any of the languages we stem), a word
-- not in the directory's vocabulary may also match its nearest spelling (pg_trgm), the last word may be
-- unfinished (prefix), and stop words are left out.
CREATE OR REPLACE FUNCTION hsds_search_query(q text) RETURNS tsquery LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
DECLARE
  words text[] := array_remove(regexp_split_to_array(hsds_fold(q), '[[:space:][:punct:]]+'), '');
  result tsquery;
  w text;
  alt text;
  wq tsquery;
  i int := 0;
BEGIN
  FOREACH w IN ARRAY coalesce(words, '{}') LOOP
    i := i + 1;
    CONTINUE WHEN numnode(plainto_tsquery('english', w)) = 0 OR numnode(plainto_tsquery('spanish', w)) = 0;
    wq := hsds_word_query(w);
    IF i = array_length(words, 1) AND length(w) >= 3 AND numnode(plainto_tsquery('simple', w)) = 1 THEN
      wq := wq || (plainto_tsquery('simple', w)::text || ':*')::tsquery;
    END IF;
    IF length(w) >= 4 AND NOT EXISTS (SELECT 1 FROM search_words WHERE word = w) THEN
      SELECT word INTO alt FROM search_words WHERE word % w ORDER BY word <-> w LIMIT 1;
      IF alt IS NOT NULL THEN wq := wq || hsds_word_query(alt); END IF;
    END IF;
    result := CASE WHEN result IS NULL THEN wq ELSE result && wq END;
  END LOOP;
  RETURN coalesce(result, plainto_tsquery('simple', q));
END $$;
`;
