/* Stand-in for hienhao-desktop.exe when packaging/windows/check-installer runs the
   installer under Wine (the real program needs a Windows build of Python and Qt).
   It does what the installer must cope with from the real program:
   - takes the named mutexes the program takes at start (hienhao_desktop/ui/desktop.py,
     AppMutex in hienhao-desktop.iss), so Setup and Uninstall can see it running;
   - writes the user's database where the program keeps it
     (%LOCALAPPDATA%\HienHao\hienhao-desktop\hienhao.sqlite3), so the check can
     see that Uninstall leaves it;
   - then stays running for as many seconds as its command line says (default 0). */
#include <windows.h>
#include <shlobj.h>
#include <stdlib.h>

int WINAPI wWinMain(HINSTANCE instance, HINSTANCE previous, LPWSTR command_line, int show) {
    wchar_t folder[MAX_PATH], path[MAX_PATH + 32];
    HANDLE local, global, file;
    DWORD written;
    int seconds = _wtoi(command_line);

    (void)instance; (void)previous; (void)show;
    local = CreateMutexW(NULL, FALSE, L"HienHaoDesktop");
    global = CreateMutexW(NULL, FALSE, L"Global\\HienHaoDesktop");
    if (local == NULL || global == NULL) return 2;
    if (SHGetFolderPathW(NULL, CSIDL_LOCAL_APPDATA, NULL, 0, folder) != S_OK) return 3;
    lstrcatW(folder, L"\\HienHao");
    CreateDirectoryW(folder, NULL);
    lstrcatW(folder, L"\\hienhao-desktop");
    CreateDirectoryW(folder, NULL);
    lstrcpyW(path, folder);
    lstrcatW(path, L"\\hienhao.sqlite3");
    file = CreateFileW(path, GENERIC_WRITE, 0, NULL, OPEN_ALWAYS, FILE_ATTRIBUTE_NORMAL, NULL);
    if (file == INVALID_HANDLE_VALUE) return 4;
    if (GetFileSize(file, NULL) == 0) WriteFile(file, "the user's reports", 18, &written, NULL);
    CloseHandle(file);
    Sleep(seconds > 0 ? (DWORD)seconds * 1000 : 0);
    CloseHandle(global);
    CloseHandle(local);
    return 0;
}
