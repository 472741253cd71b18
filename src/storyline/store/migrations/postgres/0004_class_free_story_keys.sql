-- Story keys no longer carry the tagger's class ('person:kim jong un' is 'name:kim jong un'):
-- the tagger calls one name a person in one report and an organization in the next. Keys of
-- stories filed before are renamed (weights of one name under two classes add up), and so
-- are the article counts (the larger count of one name under two classes is kept).
CREATE TEMP TABLE renamed_story_keys AS
    SELECT story_id,
           CASE WHEN key LIKE 'person:%' OR key LIKE 'org:%' OR key LIKE 'place:%'
                     OR key LIKE 'work:%'
                THEN 'name:' || substr(key, strpos(key, ':') + 1) ELSE key END AS key,
           SUM(weight) AS weight
    FROM story_keys GROUP BY 1, 2;
DELETE FROM story_keys;
INSERT INTO story_keys (story_id, key, weight) SELECT story_id, key, weight FROM renamed_story_keys;
DROP TABLE renamed_story_keys;

CREATE TEMP TABLE renamed_key_counts AS
    SELECT CASE WHEN key LIKE 'person:%' OR key LIKE 'org:%' OR key LIKE 'place:%'
                     OR key LIKE 'work:%'
                THEN 'name:' || substr(key, strpos(key, ':') + 1) ELSE key END AS key,
           MAX(documents) AS documents
    FROM key_document_counts GROUP BY 1;
DELETE FROM key_document_counts;
INSERT INTO key_document_counts (key, documents) SELECT key, documents FROM renamed_key_counts;
DROP TABLE renamed_key_counts;
