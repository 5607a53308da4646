@echo off
rem WPS add-in (xxgk): @ACTION@ for the current Windows user. Runs wps-install.js with Windows Script Host.
cscript //nologo //E:jscript "%~dp0wps-install.js" @ACTION@
if errorlevel 1 (
  pause
  exit /b 1
)
pause
