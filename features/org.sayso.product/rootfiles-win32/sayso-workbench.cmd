@rem Starts the standalone Sayso workbench on Windows.
@rem   sayso-workbench.cmd [project-folder]
@rem The project folder is opened in the workspace (default: %USERPROFILE%\.sayso\workspace, or SAYSO_WORKSPACE).
@echo off
setlocal
set "here=%~dp0"
call "%here%find-java.cmd" || exit /b 1
set "workspace=%SAYSO_WORKSPACE%"
if not defined workspace set "workspace=%USERPROFILE%\.sayso\workspace"
set "project="
if not "%~1"=="" (
	if not exist "%~1\" (
		echo sayso-workbench: project folder '%~1' does not exist 1>&2
		exit /b 2
	)
	set "project=-Dsayso.project=%~f1"
)
for %%f in ("%here%plugins\org.eclipse.equinox.launcher_*.jar") do set "launcher=%%~ff"
if not exist "%workspace%" mkdir "%workspace%"
"%SAYSO_JAVA%" -Xmx2g %project% -jar "%launcher%" -data "%workspace%" -nosplash
