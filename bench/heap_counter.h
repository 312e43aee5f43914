/* Heap bytes in use and their peak (bench/heap_counter.c). */
#ifndef BAIVIET_BENCH_HEAP_COUNTER_H
#define BAIVIET_BENCH_HEAP_COUNTER_H
#ifdef __cplusplus
extern "C" {
#endif
long long heap_live_bytes(void);
void heap_reset_peak(void);  /* the peak starts again from what is live now */
long long heap_peak_bytes(void);
#ifdef __cplusplus
}
#endif
#endif
