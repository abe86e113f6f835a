-- Kleine or Große Anfrage; every inquiry stored before this version is a Kleine Anfrage.
ALTER TABLE inquiry ADD COLUMN inquiry_kind VARCHAR(10) DEFAULT 'KLEINE' NOT NULL;

-- A Fraktion asking as such (Große Anfrage) has a group but no name and no gender.
ALTER TABLE inquiry_requester ALTER COLUMN name DROP NOT NULL;
ALTER TABLE inquiry_requester ALTER COLUMN gender DROP NOT NULL;
