#!/bin/sh
# Entry point of the app container: bring the schema up to date, load the demo data when asked, then serve.
set -e
dotnet CeasefireTracker.Web.dll migrate
if [ "${LOAD_DEMO_DATA:-false}" = "true" ]; then
    # Exit code 3 means the database holds other data; the demo data is then left out on purpose.
    dotnet CeasefireTracker.Web.dll seed-demo || [ $? -eq 3 ]
fi
exec dotnet CeasefireTracker.Web.dll
