#!/bin/sh
# Creates the portal's and Keycloak's users with the passwords of the environment (never written into the image).
set -eu
mysql -uroot -p"$MYSQL_ROOT_PASSWORD" <<SQL
CREATE USER IF NOT EXISTS 'lsi_portal'@'%' IDENTIFIED BY '${PORTAL_DB_PASSWORD}';
GRANT ALL PRIVILEGES ON lsi_portal.* TO 'lsi_portal'@'%';
CREATE USER IF NOT EXISTS 'keycloak'@'%' IDENTIFIED BY '${KEYCLOAK_DB_PASSWORD}';
GRANT ALL PRIVILEGES ON keycloak.* TO 'keycloak'@'%';
FLUSH PRIVILEGES;
SQL
