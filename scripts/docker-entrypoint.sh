#!/bin/sh
# Entry point of the app container: bring the schema up to date, load the demo data when asked, then serve.
# MIGRATE_ON_START=false skips the migrations (docker-compose.yml runs them once, in a service of their own, so that
# several instances never race); SERVE=false stops after them.
set -e
if [ "${MIGRATE_ON_START:-true}" = "true" ]; then
    dotnet CeasefireTracker.Web.dll migrate
    if [ "${LOAD_DEMO_DATA:-false}" = "true" ]; then
        # Exit code 3 means the database holds other data; the demo data is then left out on purpose.
        dotnet CeasefireTracker.Web.dll seed-demo || [ $? -eq 3 ]
    fi
fi
if [ "${SERVE:-true}" = "true" ]; then
    exec dotnet CeasefireTracker.Web.dll
fi
