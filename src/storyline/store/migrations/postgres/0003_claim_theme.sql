-- What a claim's predicate acts on (`detected [sounds]`, `located [debris]`): two reports of
-- one verb about different things are not the same happening. Claims kept before have none.
ALTER TABLE claims ADD COLUMN theme TEXT;
