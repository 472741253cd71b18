-- A plan moved finds the plans for its thing by their theme (`postponing pre-orders` against
-- `Pre-orders will open on April 9`), where the two name no one in common: by index, not scan.
CREATE INDEX claims_theme ON claims(theme);
