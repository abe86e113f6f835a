-- who ran an import: the portal's signed-in user, or the operating-system user of the command line
ALTER TABLE import_run ADD COLUMN imported_by VARCHAR(200);
