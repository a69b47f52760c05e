#include "dyad_prefetch.h"
