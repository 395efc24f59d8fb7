-- Runs once when the MySQL volume is new: one database and user for the portal, one for Keycloak.
-- The passwords come from the environment through deploy/mysql-init.sh.
CREATE DATABASE IF NOT EXISTS lsi_portal CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS keycloak CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
