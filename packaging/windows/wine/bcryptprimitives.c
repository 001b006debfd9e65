/*
 * Test fixture, never shipped: a bcryptprimitives.dll for Wine 8.
 *
 * Go >= 1.22 reads its random numbers through ProcessPrng in
 * bcryptprimitives.dll (Windows 10 and later). Debian's Wine 8 has no such DLL,
 * so every Go program stops at start-up. This one exports ProcessPrng and fills
 * the buffer from RtlGenRandom (SystemFunction036 in advapi32), which Wine has.
 * scripts/test-windows.sh builds it with mingw-w64 and copies it into the
 * test's Wine prefix (drive_c/windows/system32).
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    /* RtlGenRandom takes a ULONG length; ProcessPrng a SIZE_T. */
    while (length > 0) {
        ULONG n = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, n))
            return FALSE;
        data += n;
        length -= n;
    }
    return TRUE;
}

BOOL WINAPI DllMain(HINSTANCE instance, DWORD reason, LPVOID reserved)
{
    (void)instance;
    (void)reason;
    (void)reserved;
    return TRUE;
}
