/* A stand-in for Windows' bcryptprimitives.dll, for running ikz.exe under Wine 8 in CI
 * only (never shipped): Rust's standard library takes its random numbers from
 * ProcessPrng in that library, which Wine 8 does not have. This one forwards to
 * RtlGenRandom (advapi32's SystemFunction036), which Wine has.
 * Built by scripts/windows/wine-check: x86_64-w64-mingw32-gcc -shared ... -ladvapi32 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
