@rem Runs the Sayso command line on Windows: sayso-cli.cmd --help lists the commands.
@echo off
setlocal
set "here=%~dp0"
call "%here%find-java.cmd" || exit /b 1
for %%f in ("%here%plugins\org.eclipse.equinox.launcher_*.jar") do set "launcher=%%~ff"
"%SAYSO_JAVA%" -Xmx4g -Djava.awt.headless=true -jar "%launcher%" -application org.sayso.cli.headless -data @none -nosplash %*
exit /b %ERRORLEVEL%
