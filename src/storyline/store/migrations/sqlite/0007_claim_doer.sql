-- The person a claim's active subject names: another person doing the same thing is another
-- happening (`Ray testified`, against `Bankman-Fried will testify`). Claims kept before name
-- none, and link as they did.
ALTER TABLE claims ADD COLUMN doer TEXT;
