-- Computed answer blocks (issue 11): a country's adjective for {country.adjective}; answer blocks
-- of type 'A' (the activities' sentences; per_year) and 'X' (a template in body); an empty text
-- for any computed block. Countries of an 'A' block go to answer_table_country as a table's do.
ALTER TABLE country ADD COLUMN adjective VARCHAR;
ALTER TABLE answer_block ADD COLUMN per_year BOOLEAN;
ALTER TABLE answer_block ADD COLUMN empty_text VARCHAR;
