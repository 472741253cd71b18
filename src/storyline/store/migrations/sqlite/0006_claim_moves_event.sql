-- Whether a claim moves its event to another time (`postponed the vote to Friday`): it then
-- bears on the plans for that event at other times. Claims kept before move nothing.
ALTER TABLE claims ADD COLUMN moves_event INTEGER NOT NULL DEFAULT 0;
