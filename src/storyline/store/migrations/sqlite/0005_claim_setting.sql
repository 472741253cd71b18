-- The event a claim's happening is told at (`waived extradition at a [hearing]`), whose
-- taking place it also tells: a plan for that event on that day is confirmed by it. Claims
-- kept before have none.
ALTER TABLE claims ADD COLUMN setting TEXT;
