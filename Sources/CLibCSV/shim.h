// The one C header Otklik reads: Debian's libcsv, which ships no pkg-config file.
#ifndef OTKLIK_CLIBCSV_SHIM_H
#define OTKLIK_CLIBCSV_SHIM_H

#if __has_include(<csv.h>)
#include <csv.h>
#else
#error "libcsv is not installed: run `apt-get install libcsv-dev` (or `make setup`)"
#endif

#endif
