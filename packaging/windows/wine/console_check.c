/*
 * Test fixture, never shipped: checks that a GUI-subsystem program started
 * from a console program writes into that console and returns its exit
 * status, as Balai.exe does through AttachConsole (console_windows.go).
 *
 *   console-check.exe "C:\path\Balai.exe" verify CODE
 *
 * opens a console of its own, starts the rest of its command line there
 * without passing any standard handles (as cmd.exe starts a GUI program),
 * waits, then prints the console's lines and "exit N" to its own standard
 * output. scripts/test-windows.sh builds it with mingw-w64 and runs it in Wine.
 */
#include <windows.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* child_command_line: what follows this program's own name. */
static wchar_t *child_command_line(void)
{
    wchar_t *p = GetCommandLineW();
    if (*p == L'"') {
        for (p++; *p && *p != L'"'; p++)
            ;
        if (*p)
            p++;
    } else {
        while (*p && *p != L' ' && *p != L'\t')
            p++;
    }
    while (*p == L' ' || *p == L'\t')
        p++;
    return p;
}

static void print_console(HANDLE out, HANDLE console)
{
    CONSOLE_SCREEN_BUFFER_INFO info;
    if (!GetConsoleScreenBufferInfo(console, &info))
        return;
    SHORT width = info.dwSize.X;
    wchar_t *row = calloc(width + 1, sizeof *row);
    char *utf8 = calloc(4 * width + 2, 1);
    for (SHORT y = 0; y <= info.dwCursorPosition.Y; y++) {
        COORD at = {0, y};
        DWORD n = 0;
        if (!ReadConsoleOutputCharacterW(console, row, width, at, &n))
            break;
        while (n > 0 && (row[n - 1] == L' ' || row[n - 1] == 0))
            n--;
        int len = WideCharToMultiByte(CP_UTF8, 0, row, n, utf8, 4 * width, NULL, NULL);
        utf8[len++] = '\n';
        DWORD written;
        WriteFile(out, utf8, len, &written, NULL);
    }
    free(row);
    free(utf8);
}

int main(void)
{
    HANDLE out = GetStdHandle(STD_OUTPUT_HANDLE);
    char line[64];
    DWORD written;

    FreeConsole();
    if (!AllocConsole()) {
        snprintf(line, sizeof line, "AllocConsole failed: %lu\n", GetLastError());
        WriteFile(out, line, strlen(line), &written, NULL);
        return 2;
    }
    /* No standard handles, as Windows gives a GUI program started from cmd.exe. */
    STARTUPINFOW si = {.cb = sizeof si, .dwFlags = STARTF_USESTDHANDLES};
    PROCESS_INFORMATION pi;
    if (!CreateProcessW(NULL, child_command_line(), NULL, NULL, FALSE, 0, NULL, NULL, &si, &pi)) {
        snprintf(line, sizeof line, "CreateProcess failed: %lu\n", GetLastError());
        WriteFile(out, line, strlen(line), &written, NULL);
        return 2;
    }
    DWORD code = 259;
    if (WaitForSingleObject(pi.hProcess, 120000) != WAIT_OBJECT_0) {
        TerminateProcess(pi.hProcess, 3);
        WriteFile(out, "timed out\n", 10, &written, NULL);
        return 2;
    }
    GetExitCodeProcess(pi.hProcess, &code);
    HANDLE console = CreateFileW(L"CONOUT$", GENERIC_READ | GENERIC_WRITE,
                                 FILE_SHARE_READ | FILE_SHARE_WRITE, NULL, OPEN_EXISTING, 0, NULL);
    print_console(out, console);
    snprintf(line, sizeof line, "exit %lu\n", code);
    WriteFile(out, line, strlen(line), &written, NULL);
    return 0;
}
