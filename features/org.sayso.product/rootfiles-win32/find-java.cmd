@rem Called by Sayso's scripts: sets SAYSO_JAVA to a java.exe of Java 21 or newer, looking at JAVA_HOME, then the
@rem JDKs under "%ProgramFiles%\Java", "%ProgramFiles%\Eclipse Adoptium" and "%ProgramFiles%\Microsoft", then java
@rem on PATH. Sets ERRORLEVEL 1, with a message, when there is none.
@echo off
set "SAYSO_JAVA="
if defined JAVA_HOME call :try "%JAVA_HOME%\bin\java.exe"
if defined SAYSO_JAVA exit /b 0
for /d %%d in ("%ProgramFiles%\Java\*" "%ProgramFiles%\Eclipse Adoptium\*" "%ProgramFiles%\Microsoft\jdk-*") do (
	if not defined SAYSO_JAVA call :try "%%~d\bin\java.exe"
)
if defined SAYSO_JAVA exit /b 0
for %%j in (java.exe) do if not "%%~$PATH:j"=="" call :try "%%~$PATH:j"
if defined SAYSO_JAVA exit /b 0
echo sayso: no Java 21 or newer found (looked at JAVA_HOME, %ProgramFiles%\Java, Eclipse Adoptium, Microsoft, and java on PATH). 1>&2
echo   Install one, for example Temurin 21 from adoptium.net, or set JAVA_HOME to a JDK 21+ folder. 1>&2
exit /b 1

:try
if not exist "%~1" exit /b 0
set "major="
for /f "tokens=2 delims==" %%v in ('"%~1" -XshowSettings:properties -version 2^>^&1 ^| findstr /c:"java.specification.version"') do set "major=%%v"
if not defined major exit /b 0
set "major=%major: =%"
for /f "tokens=1 delims=." %%m in ("%major%") do set "major=%%m"
if %major% GEQ 21 set "SAYSO_JAVA=%~1"
exit /b 0
