-- The session secret no longer lives in the database (a dump must not let its
-- reader forge sessions): it comes from AUTH_SECRET or a 0600 file under the
-- data directory. Remove the copy that earlier versions stored here.
DELETE FROM "AppSetting" WHERE "key" = 'auth_secret';
