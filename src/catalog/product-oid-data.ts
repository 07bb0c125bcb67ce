import { buildProductOidTable, type ProductOidModule, type ProductOidTable } from './product-oids.js'

/*
 * Product object identifiers as the makers' MIB modules define them, one line per product:
 * `<arc> <MIB symbol>` under the module's parent node, and, where the module's comment gives the
 * product's marketed name beside a symbol that differs from it, that name third. The symbols are
 * copied as the modules spell them so that each line can be checked against its file; the name
 * shown is derived from the symbol (see `productNameOf`), or is the symbol upper-cased for
 * the nodes whose symbols the module writes all in lower case (`ar161fgw-l`). Only nodes that
 * name one product are listed: family nodes, common nodes (lswCommon) and nodes a comment
 * reserves for a management system (s2x00-COMM, "Reserved for U2000") are left out.
 */
export const PRODUCT_OID_MODULES: readonly ProductOidModule[] = [
  {
    module: 'HUAWEI-MIB',
    // The symbols the module suffixes for a licence or software variant (-SEA, -V1, -sea, -740)
    // carry the product's name in a comment ("-- Real name S5720-28P-LI-AC for ..."), taken as
    // third. The comment of s2320-52TP-EI-DC (590) repeats 587's S5730-52X-PWH-SI-ACF, which
    // the module's revision history contradicts ("S2320-52TP-EI-DC is added"): its symbol stands.
    manufacturer: 'huawei',
    parent: 'lanSw',
    // huawei ::= { enterprises 2011 }, hwProducts ::= { huawei 2 }, lanSw ::= { hwProducts 23 }
    oid: '1.3.6.1.4.1.2011.2.23',
    source: {
      title: 'Huawei Technologies, HUAWEI-MIB V5.43 (LAST-UPDATED 201901160000Z, "Huawei common OID MIB definition"), as LibreNMS ships it: the LAN switch products under lanSw ::= { hwProducts 23 }',
      url: 'https://github.com/librenms/librenms/blob/master/mibs/huawei/HUAWEI-MIB',
      date: '2019-01-16',
    },
    products: `
11 s8016
12 s3526
13 s3026
14 s3026V
15 s2008
16 s2016
17 s3526F
18 s5516
19 s6506
20 s3026F
21 s3526E
22 s2026
23 s2403H
24 s3026E
25 s3026EFM
26 s3026EFS
27 s3526EFM
28 s3526EFS
29 s3050C
30 s6503
31 s8512
32 s8505
33 s6506R
34 s3026c
35 s3026g
36 s3026t
37 s3552G
38 s3552P
39 s3528G
40 s3528P
41 s3526c
42 s3026c-24-12fs
43 s3026c-24-12fm
44 s3526c-24-12fs
45 s3526c-24-12fm
46 s5012G
47 s5012G-DC
48 s5012T-12-10GBC
49 s5012T-12-10GBC-DC
50 s5024G-24-20TP
51 s5024G-24-20TP-DC
52 s2026Z
53 s2026C
54 s3026G-SI
55 s3026C-SI
56 s3026S-SI
57 s8505e
67 s3552F-SI
68 s3552F-EI
69 e026
70 e026-SI
71 e050
72 s2326P-SI
73 s2326P-EI
74 s2318P-SI
75 s2318P-EI
76 s2309P-SI
77 s2309P-EI
78 s3352P-SI
79 s3352P-EI
80 s3328TP-SI
81 s3328TP-EI
82 s3328TP-EI-24S
83 s3328TP-SI-24S
84 s3352P-EI-24S
85 s3352P-EI-48S
86 s3352P-SI-48S
87 s2309TP-SI
88 s2309TP-EI
89 s2318TP-SI
90 s2318TP-EI
91 s2326TP-SI
92 s2326TP-EI
93 s2352P-SI
94 s2352P-EI
95 s5328C-EI
96 s5328C-EI-24S
97 s5352C-EI
98 s5324TP-SI
99 s5348TP-SI
100 s5324TP-PWR-SI
101 s5348TP-PWR-SI
102 s5328C-SI
103 s5352C-SI
104 s5328C-PWR-SI
105 s5352C-PWR-SI
106 s5328C-PWR-EI
107 s5352C-PWR-EI
108 s2309TP-PWR-EI
109 s2326TP-PWR-EI
110 s3328TP-PWR-EI
111 s3352P-PWR-EI
112 s3328TP-EI-MC
113 s3318TP-EI-MC
114 s2700-9TP-EI-AC
115 s2700-9TP-EI-DC
116 s2700-18TP-EI-AC
117 s2700-26TP-EI-AC
118 s2700-26TP-EI-DC
119 s2700-52TP-EI-AC
120 s2700-9TP-SI-AC
121 s2700-18TP-SI-AC
122 s2700-26TP-SI-AC
123 s2700-9TP-PWR-EI
124 s2700-26TP-PWR-EI
125 s3700-28TP-EI-AC
126 s3700-28TP-EI-DC
127 s3700-28TP-EI-24S-AC
128 s3700-52TP-EI-AC
129 s3700-52TP-EI-DC
130 s3700-52TP-EI-24S-AC
131 s3700-52TP-EI-24S-DC
132 s3700-52TP-EI-48S-AC
133 s3700-52TP-EI-48S-DC
134 s3700-28TP-SI-AC
135 s3700-28TP-SI-DC
136 s3700-52TP-SI-AC
137 s3700-28TP-PWR-EI
138 s3700-52TP-PWR-EI
139 s3700-28TP-EI-MC-AC
140 s5700-28C-EI
141 s5700-28C-SI
142 s5700-28C-EI-24S
143 s5700-52C-EI
144 s5700-52C-SI
145 s5700-24TP-SI-AC
146 s5700-24TP-SI-DC
147 s5700-48TP-SI-AC
148 s5700-48TP-SI-DC
149 s5700-28C-PWR-EI
150 s5700-52C-PWR-EI
151 s5700-24TP-PWR-SI
152 s5700-48TP-PWR-SI
153 s6324C
154 s6348C
155 s5328C-HI
156 s5328C-HI-24S
157 s5306TP-SI
158 s3326C-HI
159 s5328C-HI-24SA
160 s6700-24-EI
161 s6700-48-EI
162 s1728-GWR-4P
163 s5700-28P-LI S5700-28P-LI-AC
164 s5700-28P-PWR-LI-AC
165 s5700-52P-LI S5700-52P-LI-AC
166 s5700-52P-PWR-LI-AC
167 s5700-28X-EI S5710-28C-EI
168 s5700-52X-EI S5710-52C-EI
169 s5700-28C-HI
170 s5700-28C-HI-24S
171 s5700-6TP-LI-AC
172 s3700-26C-HI
173 s5300-28C-PWR-EI
174 s5300-52C-PWR-EI
175 s5310-28P-LI S5300-28P-LI-AC
176 s5310-52P-LI S5300-52P-LI-AC
177 s5700-28P-LI-DC
178 s5700-52P-LI-DC
179 s5310-28P-LI-DC S5300-28P-LI-DC
180 s5310-52P-LI-DC S5300-52P-LI-DC
181 s5700S-28P-LI-AC
182 s5700S-52P-LI-AC
183 s1700-28GFR-4P-AC
184 s1700-52GFR-4P-AC
185 s1700-28FR-2T2P-AC
186 s1700-52FR-2T2P-AC
187 s5700-28C-PWR-SI
188 s5700-52C-PWR-SI
189 s5710-28C-PWR-LI
190 s5710-52C-PWR-LI
191 s5710-28C-LI
192 s5710-52C-LI
193 e6000
194 s5710-28C-PWR-EI
195 s5710-52C-PWR-EI
196 s2710-26TP-PWR-SI
197 s2710-52P-SI-AC
198 s2710-52P-PWR-SI
199 s2700-52P-PWR-EI
200 s3700-52P-PWR-SI
201 s3700-28TP-PWR-SI
202 s5710-108C-PWR-HI
203 s5700-10P-LI-AC
204 s5700-10P-PWR-LI-AC
205 s5700-26X-SI-12S-AC
206 s5700-28X-LI-AC
207 s5700-28X-LI-DC
208 s5700-52X-LI-AC
209 s5700-52X-LI-DC
210 s5700-28X-PWR-LI-AC
211 s5700-52X-PWR-LI-AC
212 s5710-108C-HI-AC
213 s5300-10P-LI-AC
214 s5310-28C-EI
215 s5310-52C-EI
216 s5300-28X-LI-DC
217 s5300-28X-LI-AC
218 s5700-28X-LI-24S-DC
219 s5300-28X-LI-24S-DC
220 s5700-28X-LI-24S-AC
221 s5300-28X-LI-24S-AC
222 s2751-28TP-PWR-EI-AC
223 s2350-28TP-EI-AC
224 s2750-28TP-EI-AC
225 s2750-28TP-PWR-EI-AC
226 s2750-20TP-PWR-EI-AC
227 s2350-28TP-PWR-EI-AC
228 s2350-20TP-PWR-EI-AC
229 s2328P-EI-AC
230 s3300-52P-EI
231 s1700-10GF-2P-PWR
232 s1700-28GFR-4P-PWR
233 s1700-52GFR-4P-PWR
234 s1700-28FR-2T2P-PWR
235 s1700-10GF-2P
236 s1700-24GR
237 s3700-28TP-EI-24S-DC
238 s5701-28X-LI-AC
239 s5701-28X-LI-24S-AC
240 s5700-28P-LI-BAT
241 s5700-28P-LI-4AH
242 s5700-28P-LI-24S-BAT
243 s5700-28P-LI-24S-4AH
244 s5300-28P-LI-BAT
245 s5300-28P-LI-4AH
246 s5300-28P-LI-24S-BAT
247 s5300-28P-LI-24S-4AH
248 s5700-52X-LI-48CS-AC
249 s5700-52X-LI-48CS-DC
250 s5300-52X-LI-48CS-AC
251 s5300-52X-LI-48CS-DC
252 s5310-108C-PWR-HI
253 s5300-10P-PWR-LI-AC
254 s5300-28P-PWR-LI-AC
255 s5300-52P-PWR-LI-AC
256 s5300-52X-LI-AC
257 s5300-52X-LI-DC
258 s5300-28X-PWR-LI-AC
259 s5300-52X-PWR-LI-AC
260 s2350-28TP-EI-DC
261 s5700-28TP-LI-AC
262 s5700-28TP-PWR-LI-AC
263 s5701-28TP-PWR-LI-AC
264 s5720-56C-HI-AC
265 s5720-56C-PWR-HI-AC
266 s5720-32C-HI-24S-AC
267 s1720-28GFR-4TP
268 s1720-20GFR-4TP
269 s2720-28TP-EI-AC
270 s5720-36C-EI-28S-AC
271 s5320-36C-EI-28S-AC
272 s5320-36C-EI-28S-DC
273 s5720-56C-EI-48S-AC
274 s5320-56C-EI-48S-AC
275 s5320-56C-EI-48S-DC
276 s5720-36C-EI-AC
277 s5320-36C-EI-AC
278 s5320-36C-EI-DC
279 s5720-36PC-EI-AC
280 s5320-36PC-EI-AC
281 s5320-36PC-EI-DC
282 s5720-56C-EI-AC
283 s5320-56C-EI-AC
284 s5320-56C-EI-DC
285 s5720-56PC-EI-AC
286 s5320-56PC-EI-AC
287 s5320-56PC-EI-DC
288 s5720-36C-PWR-EI-AC
289 s5320-36C-PWR-EI-AC
290 s5320-36C-PWR-EI-DC
291 s5720-56C-PWR-EI-AC
292 s5320-56C-PWR-EI-AC
293 s5720-56C-PWR-EI-AC1
294 s5720-32X-EI-24S-AC
295 s5320-32X-EI-24S-AC
296 s5320-32X-EI-24S-DC
297 s5720-50X-EI-46S-AC
298 s5320-50X-EI-46S-AC
299 s5320-50X-EI-46S-DC
300 s5720-32X-EI-AC
301 s5320-32X-EI-AC
302 s5320-32X-EI-DC
303 s5720-32P-EI-AC
304 s5320-32P-EI-AC
305 s5320-32P-EI-DC
306 s5720-52X-EI-AC
307 s5320-52X-EI-AC
308 s5320-52X-EI-DC
309 s5720-52P-EI-AC
310 s5320-52P-EI-AC
311 s5320-52P-EI-DC
312 s5720-50X-EI-AC
313 s5320-50X-EI-AC
314 s5320-50X-EI-DC
315 s5720S-28P-SI-AC
316 s5321-28P-SI-AC
317 s5720S-28X-SI-AC
318 s5321-28X-SI-AC
319 s5321-28X-SI-DC
320 s5720S-52P-SI-AC
321 s5321-52P-SI-AC
322 s5720S-52X-SI-AC
323 s5321-52X-SI-AC
324 s5321-52X-SI-DC
325 s5720-28P-SI-AC
326 s5320-28P-SI-AC
327 s5720-28X-SI-AC
328 s5320-28X-SI-AC
329 s5720-52P-SI-AC
330 s5320-52P-SI-AC
331 s5720-52X-SI-AC
332 s5320-52X-SI-AC
333 s5720-28X-PWR-SI-AC
334 s5320-28X-PWR-SI-AC
335 s5720-52X-PWR-SI-AC
336 s5720-52X-PWR-SI-ACF
337 s5320-52X-PWR-SI-AC
338 s5710-28X-LI-AC
339 s5710-52X-LI-AC
340 s6720-30C-EI-24S-AC
341 s6320-30C-EI-24S-AC
342 s6320-30C-EI-24S-DC
343 s6720-54C-EI-48S-AC
344 s6320-54C-EI-48S-AC
345 s6320-54C-EI-48S-DC
346 s5700S-28X-LI-AC
347 s5700S-52X-LI-AC
348 s5700S-28P-PWR-LI-AC
349 e628
350 e628-X
351 e652
352 e652-X
353 s5720-14X-PWH-SI-AC
354 s6720S-26Q-EI-24S-AC
355 s6720S-26Q-EI-24S-DC
356 s6320-26Q-EI-24S-AC
357 s6320-26Q-EI-24S-DC
358 s5300-28TP-PWR-LI-AC
359 s5300-10P-PWR-LI-AC-new
360 s5320-28X-SI-DC
361 s5320-52X-SI-DC
362 s5720-28X-PWR-SI-DC
363 s5720-52X-PWR-SI-DC
364 s5320-52X-PWR-SI-ACF
365 s5720-28X-SI-DC
366 s5720-52X-SI-DC
367 s5720S-28X-SI-DC
368 s5720S-52X-SI-DC
369 s5720-32X-EI-DC
370 s5720-50X-EI-DC
371 s5720-32X-EI-24S-DC
372 s5720-50X-EI-46S-DC
373 s5720-36C-EI-DC
374 s5720-56C-EI-DC
375 s5720-36C-PWR-EI-DC
376 s5720-56C-PWR-EI-DC
377 s5720-36C-EI-28S-DC
378 s5720-56C-EI-48S-DC
379 s5320-56C-HI-AC
380 s5320-56C-HI-DC
381 s5320-32C-HI-24S-DC
382 s5320-32C-HI-24S-AC
383 s6720-30C-EI-24S-DC
384 s6720-54C-EI-48S-DC
385 s5720-56C-PWR-HI-AC1
386 s6720S-26Q-EI-24S
387 s6320-26Q-EI-24S
388 s5320-28X-SI
389 s5320-52X-SI
390 s5320-36C-EI
391 s5320-56C-EI
392 s5320-36C-EI-28S
393 s5720-10T-PWR-LI
394 s5720-12TP-LI-AC
395 s5720S-12TP-LI-AC
396 s5320-12TP-LI-AC
397 s1720-10GW-2P
398 s5720-12TP-PWR-LI-AC
399 s5720S-12TP-PWR-LI-AC
400 s5320-12TP-PWR-LI-AC
401 s1720-10GW-PWR-2P
402 s5720-28P-LI-AC
403 s5720S-28P-LI-AC
404 s5320-28P-LI-AC
405 s1720-28GWR-4P
406 s5720-28X-LI-AC
407 s5720-28X-LI-DC
408 s5320-28X-LI-AC
409 s5320-28X-LI-DC
410 s5720S-28X-LI-AC
411 s628X-E
412 s1720-28GWR-4X
413 s5720-28P-PWR-LI-AC
414 s5720S-28P-PWR-LI-AC
415 s5320-28P-PWR-LI-AC
416 s5720-28P-PWR-LI-ACF
417 s1720-28GWR-PWR-4P
418 s5720-28X-PWR-LI-AC
419 s5320-28X-PWR-LI-AC
420 s5720-28X-PWR-LI-ACF
421 s5320-28X-PWR-LI-ACF
422 s5720S-28X-PWR-LI-AC
423 s628X-PWR-E
424 s1720-28GWR-PWR-4X
425 s5720-52P-LI-AC
426 s5720S-52P-LI-AC
427 s5320-52P-LI-AC
428 s652-E
429 s5720S-52X-LI-AC
430 s652X-E
431 s5720-52X-LI-AC
432 s5720-52X-LI-DC
433 s5320-52X-LI-AC
434 s5320-52X-LI-DC
435 s1720-52GWR-4P
436 s1720-52GWR-4X
437 s5720-52P-PWR-LI-AC
438 s5720S-52P-PWR-LI-AC
439 s5320-52P-PWR-LI-AC
440 s652-PWR-E
441 s5720-52P-PWR-LI-ACF
442 s5720S-52X-PWR-LI-AC
443 s652X-PWR-E
444 s5720-52X-PWR-LI-AC
445 s5320-52X-PWR-LI-AC
446 s5720-52X-PWR-LI-ACF
447 s5320-52X-PWR-LI-ACF
448 s1720-52GWR-PWR-4P
449 s1720-52GWR-PWR-4X
450 s5720-28X-SI-24S-AC
451 s5720-28X-SI-24S-DC
452 s5321-28X-SI-24S-AC
453 s5321-28X-SI-24S-DC
454 s5720-28X-LI-24S-AC
455 s5720S-28X-LI-24S-AC
456 s5720-28X-LI-24S-DC
457 s5320-28X-LI-24S-AC
458 s5320-28X-LI-24S-DC
459 s5720-28TP-PWR-LI-ACL
460 s5720S-28TP-PWR-LI-ACL
461 s1720-28GWR-PWR-4TP
462 s5720-28TP-PWR-LI-AC
463 s628-PWR-E
464 s5720-28TP-LI-AC
465 s628-E
466 s1700-28GR-4X
467 s1700-52GR-4X
468 s5720-28X-SI-12S-AC
469 s5720S-28X-SI-12S-AC
470 s5720-30C-LI-AC
471 s5720-30C-LI-DC
472 s5720-54C-LI-AC
473 s5720-54C-LI-DC
474 s5720-30C-PWR-LI-AC
475 s5720-30C-PWR-LI-DC
476 s5720-54C-PWR-LI-AC
477 s5720-54C-PWR-LI-DC
478 s5720-28X-SI-C
479 s5720-52X-SI-C
480 s5720-28X-PWR-SI-C
481 s5720-52X-PWR-SI-C
482 s5320-28X-PWR-SI-DC
483 s5320-52X-PWR-SI-DC
484 s5320-28P-SI-DC
485 s5320-52P-SI-DC
486 s5320-56C-PWR-EI-ACF
487 s5320-12TP-LI-DC
488 s5321-52X-LI-AC
489 s5320-28X-PWR-SI
490 s5320-52X-PWR-SI
491 s5320-28P-SI
492 s5322-52X-LI-AC
493 s6320-54C-EI-48S
494 s5720-16X-PWH-LI-AC
498 s5720-28X-PWH-LI-AC
499 s5320-28X-PWH-LI-AC
500 s1720-28GWR-4P-E
501 s1720-28GWR-4X-E
502 s1720-28GWR-PWR-4P-E
503 s1720-28GWR-PWR-4X-E
504 s1720-52GWR-4P-E
505 s1720-52GWR-4X-E
506 s1720-52GWR-PWR-4P-E
507 s1720-52GWR-PWR-4X-E
508 s1720-28GWR-PWR-4TP-E
509 s1720-10GW-2P-E
510 s1720-10GW-PWR-2P-E
511 s5720-12X-LI-AC
512 s5320-12X-LI-AC
513 s5720-12X-PWR-LI-AC
514 s5320-12X-PWR-LI-AC
515 s5320-28TP-LI-AC
516 s5721-28X-SI-24S-AC
517 s5320-28X-SI-24S-AC
518 s5320-28X-SI-24S-DC
519 s2720-12TP-EI
520 s2320-12TP-EI-AC
521 s2320-12TP-EI-DC
522 s2720-12TP-PWR-EI
523 s2320-12TP-PWR-EI-AC
524 s2720-52TP-EI
525 s2320-52TP-EI-AC
526 s2720-52TP-PWR-EI
527 s2320-52TP-PWR-EI-AC
528 s2720-28TP-PWR-EI-L
529 s2720-28TP-EI
530 s2320-28TP-EI-AC
531 s2320-28TP-EI-DC
532 s2720-28TP-PWR-EI
533 s2320-28TP-PWR-EI-AC
534 s2320-28P-PWR-EI-ACF
535 s6720-26Q-LI-24S-AC
536 s6720S-26Q-LI-24S-AC
537 s6321-26Q-SI-24S-AC
538 s6320-26Q-SI-24S-AC
539 s6720S-26Q-SI-24S-AC
540 s6720-26Q-SI-24S-AC
541 s6720-16X-LI-16S-AC
542 s6720S-16X-LI-16S-AC
543 s1720X-16XWR
544 s1720X-16XWR-E
545 s6720-32X-LI-32S-AC
546 s6720S-32X-LI-32S-AC
547 s6720-32X-SI-32S-AC
548 s6320-32X-SI-32S-AC
549 s1720X-32XWR
550 s1720X-32XWR-E
551 s6720-32C-SI-AC
552 s6720-32C-SI-DC
553 s6320-32C-SI-AC
554 s6320-32C-SI-DC
555 s6720-32C-PWH-SI-AC
556 s6720-32C-PWH-SI
557 s6320-32C-PWH-SI-AC
558 s6320-32C-PWH-SI
559 s6720-56C-PWH-SI-AC
560 s6720-56C-PWH-SI
561 s6320-56C-PWH-SI-AC
562 s6320-56C-PWH-SI
563 s6720-48Q-SI-48S-AC
564 s6720S-48Q-SI-48S-AC
565 s6320-48Q-SI-48S-AC
566 s5730-48C-SI-AC
567 s5330-48C-SI-AC
568 s5730-48C-PWR-SI-AC
569 s5730-68C-SI-AC
570 s5330-68C-SI-AC
571 s5730-68C-PWR-SI-AC
572 s6720-52X-PWH-SI-ACF
573 s6720-52X-PWH-SI
574 s6320-52X-PWH-SI-ACF
575 s6320-52X-PWH-SI
576 s5720-28P-LI-AC-SEA S5720-28P-LI-AC
577 s5720-28P-PWR-LI-AC-SEA S5720-28P-PWR-LI-AC
578 s5320-28P-LI-AC-SEA S5320-28P-LI-AC
579 s5320-28P-PWR-LI-AC-SEA S5320-28P-PWR-LI-AC
580 s5720-52P-LI-AC-SEA S5720-52P-LI-AC
581 s5320-52P-LI-AC-SEA S5320-52P-LI-AC
582 s5720-52P-PWR-LI-AC-SEA S5720-52P-PWR-LI-AC
583 s5320-52P-PWR-LI-AC-SEA S5320-52P-PWR-LI-AC
584 s5320-12P-LI-BAT
585 s5330-68C-SI
586 s5730-68C-PWR-SI
587 s5730-52X-PWH-SI-ACF
588 s5730-56C-PWH-SI-AC
589 s5730-32C-PWH-SI-AC
590 s2320-52TP-EI-DC
591 s5330-68C-SI-DC
592 s5730S-48C-EI-AC
593 s5730S-48C-PWR-EI
594 s5730S-68C-EI-AC
595 s5730S-68C-PWR-EI
596 s5330-36C-HI
597 s5730-36C-HI
598 s5730-44C-HI
599 s5330-36C-PWH-HI
600 s5730-36C-PWH-HI
601 s5730-44C-PWH-HI
602 s5330-60C-HI
603 s5730-60C-HI
604 s5730-68C-HI
605 s5730-60C-PWH-HI
606 s5730-68C-PWH-HI
607 s6720-50L-HI-48S
608 s6320-50L-HI-48S
609 s6720-30L-HI-24S
610 s6320-30L-HI-24S
611 s5320-52X-SI-AC-V1 S5320-52X-SI-AC
612 s5320-52X-SI-DC-V1 S5320-52X-SI-DC
613 s5320-52P-SI-AC-V1 S5320-52P-SI-AC
614 s5320-52P-SI-DC-V1 S5320-52P-SI-DC
615 s5300-52P-LI-DC-V1 S5300-52P-LI-DC
616 s5320-36C-EI-28S-AC-V1 S5320-36C-EI-28S-AC
617 s5320-36C-EI-28S-DC-V1 S5320-36C-EI-28S-DC
618 s5720I-12X-SI-AC
619 s5720I-12X-PWH-SI-DC
620 s5720I-28X-SI-AC
621 s5720I-28X-PWH-SI-AC
622 s5730-44C-HI-24S
623 s5730-60C-HI-48S
624 s5730-68C-HI-48S
625 s5730-36C-HI-24S
626 s5720I-12X-PWH-SI-AC
627 s5720I-10X-PWH-SI-AC
628 s1600-8
629 s1600-16
630 s1600-24
631 s2600-10P
632 s2600-10P-PWR
633 s2600-28P
634 s2600-28P-PWR
635 s3600-28P
636 s3600-28P-PWR
637 s3600-52P
638 s3600-52P-PWR
639 s1700-16-AC
640 s1700-24R
641 s5330-60C-HI-48S
642 s5330-36C-HI-24S
643 s5720-52X-LI-48S-AC
644 s5320-52X-LI-48S-AC
645 s5320-52X-LI-48S-DC
646 s5320-52X-SI-48S
647 s5720-52X-SI-48S
648 s6320-26Q-LI-24S
649 s5720I-10X-PWH-SI-AC-sea S5720I-10X-PWH-SI-AC
650 s5720I-6X-PWH-SI-AC
651 s1820EC-8G
652 s1820EC-24G
653 s5820EC-10P
654 s5820EC-10P-PWR
655 s5820EC-28P
656 s5820EC-28P-PWR
657 s1720-10GF-2P
658 s1720-10GF-PWR-2P
659 s1720-28GFR-4P
660 s1720-28GFR-PWR-4P
661 s1720-52GFR-4P
662 s1720-52GFR-PWR-4P
663 s5720SV2-28P-LI-AC
664 s5720SV2-52P-LI-AC
665 s6730-54L-HI-48S
666 s6330-54L-HI-48S
667 s6730-30L-HI-24S
668 s6330-30L-HI-24S
669 s5720-28X-PWR-LI-ACF-740 S5720-28X-PWR-LI-ACF
670 s6750-36L-HI-36S
671 s6350-36L-HI-36S
672 s2720S-12TP-EI-AC
673 s2720S-12TP-PWR-EI-AC
674 s2720S-52TP-EI-AC
675 s2720S-52TP-PWR-EI-AC
676 s2720S-28TP-PWR-EI-L-AC
677 s2720S-28TP-PWR-EI-AC
678 s2720S-28TP-EI-AC
679 s5730-32C-PWH-SI
`,
  },
  {
    module: 'HUAWEI-MIB',
    manufacturer: 'huawei',
    parent: 'hsr',
    // huawei ::= { enterprises 2011 }, hwProducts ::= { huawei 2 }, hsr ::= { hwProducts 26 }
    oid: '1.3.6.1.4.1.2011.2.26',
    source: {
      title: 'Huawei Technologies, HUAWEI-MIB V5.43 (LAST-UPDATED 201901160000Z, "Huawei common OID MIB definition"), as LibreNMS ships it: the NE16E, NE08E and NE05 routers under hsr ::= { hwProducts 26 }',
      url: 'https://github.com/librenms/librenms/blob/master/mibs/huawei/HUAWEI-MIB',
      date: '2019-01-16',
    },
    products: `
1 ne16E
2 ne08E
3 ne05
`,
  },
  {
    module: 'HUAWEI-MIB',
    manufacturer: 'huawei',
    parent: 'apon',
    // huawei ::= { enterprises 2011 }, hwProducts ::= { huawei 2 }, apon ::= { hwProducts 24 }
    oid: '1.3.6.1.4.1.2011.2.24',
    source: {
      title: 'Huawei Technologies, HUAWEI-MIB V5.43 (LAST-UPDATED 201901160000Z, "Huawei common OID MIB definition"), as LibreNMS ships it: the MA5101 and MA5102 under apon ::= { hwProducts 24 }',
      url: 'https://github.com/librenms/librenms/blob/master/mibs/huawei/HUAWEI-MIB',
      date: '2019-01-16',
    },
    products: `
1 ma5101
2 ma5102
`,
  },
  {
    module: 'HUAWEI-MIB',
    manufacturer: 'huawei',
    parent: 'transmission',
    // huawei ::= { enterprises 2011 }, hwProducts ::= { huawei 2 }, transmission ::= { hwProducts 25 }
    oid: '1.3.6.1.4.1.2011.2.25',
    source: {
      title: 'Huawei Technologies, HUAWEI-MIB V5.43 (LAST-UPDATED 201901160000Z, "Huawei common OID MIB definition"), as LibreNMS ships it: the OptiX products under transmission ::= { hwProducts 25 }',
      url: 'https://github.com/librenms/librenms/blob/master/mibs/huawei/HUAWEI-MIB',
      date: '2019-01-16',
    },
    products: `
1 optix155622H
2 optix10Gv2
`,
  },
  {
    module: 'HUAWEI-MIB',
    manufacturer: 'huawei',
    parent: 'iad',
    // huawei ::= { enterprises 2011 }, hwProducts ::= { huawei 2 }, iad ::= { hwProducts 38 }
    oid: '1.3.6.1.4.1.2011.2.38',
    source: {
      title: 'Huawei Technologies, HUAWEI-MIB V5.43 (LAST-UPDATED 201901160000Z, "Huawei common OID MIB definition"), as LibreNMS ships it: the IAD132 under iad ::= { hwProducts 38 }',
      url: 'https://github.com/librenms/librenms/blob/master/mibs/huawei/HUAWEI-MIB',
      date: '2019-01-16',
    },
    products: `
1 iad132
`,
  },
  {
    module: 'HUAWEI-MIB',
    // The wlanAp node's symbols carry one of three prefixes before the model (wlanApWA1003 is the
    // WA1003, wlanBridgeWB2010 the WB2010, wlanAp6010DN the AP6010DN), so the node is listed in
    // three parts, one a prefix.
    manufacturer: 'huawei',
    parent: 'wlanAp',
    // huawei ::= { enterprises 2011 }, hwProducts ::= { huawei 2 }, wlanAp ::= { hwProducts 39 }
    oid: '1.3.6.1.4.1.2011.2.39',
    symbolPrefix: 'wlanAp',
    source: {
      title: 'Huawei Technologies, HUAWEI-MIB V5.43 (LAST-UPDATED 201901160000Z, "Huawei common OID MIB definition"), as LibreNMS ships it: the WLAN access points and bridges under wlanAp ::= { hwProducts 39 }',
      url: 'https://github.com/librenms/librenms/blob/master/mibs/huawei/HUAWEI-MIB',
      date: '2019-01-16',
    },
    products: `
2 wlanApWA1003
3 wlanApWA1003A
4 wlanApWA1005
5 wlanApWA1008
6 wlanApWA1208
7 wlanApWA1208H
8 wlanApWA1006E
`,
  },
  {
    module: 'HUAWEI-MIB',
    manufacturer: 'huawei',
    parent: 'wlanAp',
    // huawei ::= { enterprises 2011 }, hwProducts ::= { huawei 2 }, wlanAp ::= { hwProducts 39 }
    oid: '1.3.6.1.4.1.2011.2.39',
    symbolPrefix: 'wlanBridge',
    source: {
      title: 'Huawei Technologies, HUAWEI-MIB V5.43 (LAST-UPDATED 201901160000Z, "Huawei common OID MIB definition"), as LibreNMS ships it: the WLAN access points and bridges under wlanAp ::= { hwProducts 39 }',
      url: 'https://github.com/librenms/librenms/blob/master/mibs/huawei/HUAWEI-MIB',
      date: '2019-01-16',
    },
    products: `
9 wlanBridgeWB2010
10 wlanBridgeWB2011
`,
  },
  {
    module: 'HUAWEI-MIB',
    manufacturer: 'huawei',
    parent: 'wlanAp',
    // huawei ::= { enterprises 2011 }, hwProducts ::= { huawei 2 }, wlanAp ::= { hwProducts 39 }
    oid: '1.3.6.1.4.1.2011.2.39',
    symbolPrefix: 'wlan',
    source: {
      title: 'Huawei Technologies, HUAWEI-MIB V5.43 (LAST-UPDATED 201901160000Z, "Huawei common OID MIB definition"), as LibreNMS ships it: the WLAN access points and bridges under wlanAp ::= { hwProducts 39 }',
      url: 'https://github.com/librenms/librenms/blob/master/mibs/huawei/HUAWEI-MIB',
      date: '2019-01-16',
    },
    products: `
11 wa1208E
12 wlanAp6010DN
13 wlanAp6010SN
14 wlanAp6510DN-US
15 wlanAp6610DN-US
16 wlanAp6610DN
17 wlanAp6510DN
18 wlanAp5010DN
19 wlanAp3010DN
20 wlanAp5010SN
21 wlanAp5030DN
22 wlanAp5130DN
23 wlanAp8030DN
24 wlanAp8130DN
25 wlanAp9130DN
27 wlanAt815SN
28 wlanAp7110DN
30 wlanAP3030DN
31 wlanAP4030DN
32 wlanAP4130DN
33 wlanAP9131DN
34 wlanAP5030DN-S
35 wlanAP9132DN
36 wlanAP3010DN-V2
37 wlanAP4030DN-E
38 wlanAP7050DN-E
39 wlanAD9430DN-24
40 wlanAD9430DN-12
41 wlanAP6150DN
42 wlanAP6050DN
43 wlanAP4030TN
44 wlanAP1010SN
45 wlanAP2050DN
46 wlanAP2050DN-S
47 wlanAP2050DN-E
48 wlanAP4050DN-E
49 wlanAP4050DN-HD
50 wlanAP4050DE
51 wlanAP7050DE
52 wlanAP5030DN-C
53 wlanAP4050DN-S
54 wlanAP4050DN
55 wlanAP4051DN-S
56 wlanAP4051DN
57 wlanAP4151DN
58 wlanAP8050DN
59 wlanAP8050DN-S
60 wlanAP8150DN
61 wlanAP1050DN-S
62 wlanAD9431DN-24X
63 wlanAP7152DN
64 wlanAP6052DN
65 wlanAP8082DN
66 wlanAP8182DN
67 wlanAP7052DE
68 wlanAP7052TN-WI
69 wlanAP8050TN-HD
70 wlanAP4051TN
71 wlanAP7052DN
72 wlanAP5050DN-S
73 wlanAP2030DN-S
74 wlanAP2051DN-E
75 wlanAP2051DN
76 wlanAP2051DN-S
77 wlanAP7060DN
78 wlanAP100EC
79 wlanAP200EC
80 wlanAP300EC
81 wlanAP4050DE-M
82 wlanAP4050DE-M-S
`,
  },
  {
    module: 'HUAWEI-MIB',
    // virtual-cluster-chassis is what a cluster of these routers reports; ne5000oem is kept as the
    // module names it.
    manufacturer: 'huawei',
    parent: 'ne5000SysOid',
    // huawei ::= { enterprises 2011 }, hwProducts ::= { huawei 2 }, ne5000 ::= { hwProducts 62 }, ne5000SysOid ::= { ne5000 2 }
    oid: '1.3.6.1.4.1.2011.2.62.2',
    source: {
      title: 'Huawei Technologies, HUAWEI-MIB V5.43 (LAST-UPDATED 201901160000Z, "Huawei common OID MIB definition"), as LibreNMS ships it: the NE80E, NE40E and NE5000E routers under ne5000SysOid ::= { ne5000 2 }',
      url: 'https://github.com/librenms/librenms/blob/master/mibs/huawei/HUAWEI-MIB',
      date: '2019-01-16',
    },
    products: `
1 ne5000oem
2 ne80E
3 ne5000E
4 ne5000EMulti
5 ne40E
6 ne5000E-BTB
7 ne40E-4
8 ne40E-X3
9 ne40E-X8
10 ne40E-X16
11 ne5000E-X16
12 ne40E-X1
13 ne40E-X2
17 ne40E-X16A
18 ne40E-X8A
19 ne5000E-X8A
20 virtual-cluster-chassis
22 ne40E-X3A
23 vne1000
27 ne40E-X16B
28 ne40E-X8A-ADMIN
29 ne40E-X8A-LS
30 ne40E-X16A-ADMIN
31 ne40E-X16A-LS
`,
  },
  {
    module: 'HUAWEI-MIB',
    // The module defines the later NE40E models under ne5000 itself rather than under ne5000SysOid
    // (ne40E-X1-M4 ::= { ne5000 14 }, 1.3.6.1.4.1.2011.2.62.14), beside ne5000SysOid ::= { ne5000 2 }.
    manufacturer: 'huawei',
    parent: 'ne5000',
    // huawei ::= { enterprises 2011 }, hwProducts ::= { huawei 2 }, ne5000 ::= { hwProducts 62 }
    oid: '1.3.6.1.4.1.2011.2.62',
    source: {
      title: 'Huawei Technologies, HUAWEI-MIB V5.43 (LAST-UPDATED 201901160000Z, "Huawei common OID MIB definition"), as LibreNMS ships it: the NE40E routers the module defines straight under ne5000 ::= { hwProducts 62 }',
      url: 'https://github.com/librenms/librenms/blob/master/mibs/huawei/HUAWEI-MIB',
      date: '2019-01-16',
    },
    products: `
14 ne40E-X1-M4
15 ne40E-X2-M8
16 ne40E-X2-M16
20 ne40E-M2E
21 ne40E-M2F
23 ne40E-X3AB
24 ne40E-X2-M8A
25 ne40E-X2-M16A
26 ne40E-M2H
27 ne40E-M2K
28 ne40E-M8A
29 ne40E-M16A
30 ne40E-M2K-B
31 ne40E-F1A-14H24Q
32 ne40E-X2-M16B
33 ne40E-F1A-8H20Q
34 ne40E-X2-M14B
`,
  },
  {
    module: 'HUAWEI-MIB',
    // The products the module defines as single nodes straight under hwProducts: MA56xx/MA58xx
    // access nodes and OLTs, Eudemon and USG firewalls, the older NE and AR routers, UA5000, SIG,
    // GGSN/PDSN. Left out: the nodes that name a product line or a management object rather than
    // a model (atm, router, musa, gprs, honet, cc08, wcdma, mlsr, as, p3, hwSps, hwBITS, hwPv8,
    // hwOSTA, hwIMAPNorthbound, hwIODN, hwRPS, hwinfoX, the lines 1-22) and wlanApWA1006 (43), whose
    // prefix would be upper-cased into the name; the nodes that are a family here (ar, dcswitch,
    // ptn...) are modules of their own.
    manufacturer: 'huawei',
    parent: 'hwProducts',
    // huawei ::= { enterprises 2011 }, hwProducts ::= { huawei 2 }
    oid: '1.3.6.1.4.1.2011.2',
    upperCase: true,
    source: {
      title: 'Huawei Technologies, HUAWEI-MIB V5.43 (LAST-UPDATED 201901160000Z, "Huawei common OID MIB definition"), as LibreNMS ships it: the products defined one node each under hwProducts ::= { huawei 2 }',
      url: 'https://github.com/librenms/librenms/blob/master/mibs/huawei/HUAWEI-MIB',
      date: '2019-01-16',
    },
    products: `
17 ne80
27 amg5000
28 umg8900
29 ne20
30 ne20s
31 ne40
44 ar46-20
45 ar46-40
46 ar46-80
47 ne20-2
48 ne20-4
49 ne20-8
50 eudemon200
51 eudemon1000
52 vdg10-40
53 vdg10-41
55 ar18-18
56 ar18-20
57 ar18-30
58 ar18-31
59 ar18-32
60 ar18-33
61 ar18-34
63 ggsn9811
64 pdsn9660
65 eudemon2100
66 eudemon2200
72 ua5000ipm
73 rm9000
77 eudemon500
78 ua5000IpmB
79 ua5000ApmB
80 ma5600
81 softx3000UC
83 secpath1800F
84 eudemon2300
85 ma5100V600
86 ma5605
109 ma5606
113 eudemon300
114 eudemonVPN3900
115 eudemonEVPN5900
116 eudemon100E
117 eudemon200E
118 eudemon200S
123 ma5603T
124 svn3000
125 usg5000
126 usg9000
127 eudemon200s
128 ma5620E
129 sig1000
130 sig9280
131 sig2000
132 ma5626E
133 ma5683
134 ma5620G
135 ma5626G
136 ma5651G
137 ma5651
167 ma5610
168 ma5652G
169 ma5616
172 ma5603U
173 mINIUA
174 ma5618
177 sig9810
178 sig9820
179 sig-server
184 ma5612
185 ma5620
186 ma5626
190 ma5635
195 ma5662
199 atn931
213 ma5628
219 ma5631
221 ma5652
222 ma5622
227 vRGW
228 ma5632
229 ma5661
232 ma5669
233 ma5621a
234 ma5623
246 ma5623a
248 ma5608T
249 ma5633
260 ma5898
262 ma5821
263 ma5822
266 ma5818
267 ma5698
268 ma5694
273 ma5611s
274 ma5622A-8
275 ma5622A-16
285 ma5675m
286 ma5675
294 ma5800-x17
296 ma5811s
300 ma5800-x7
311 ma5626b
332 ea5821
342 ma5811S-DE16
343 ma5811S-AE48
344 ma5811S-AE08
345 ma5811S-AE16
346 ma5811S-DE48
347 ma5611S-AE08
348 ma5611S-AE16
349 ma5611S-DE16
350 ma5611S-AE48
351 ma5611S-DE48
352 ma5611S-DE48-A
356 ma5833
`,
  },
  {
    module: 'HUAWEI-MIB',
    manufacturer: 'huawei',
    parent: 'ma5600',
    // huawei ::= { enterprises 2011 }, hwProducts ::= { huawei 2 }, ma5600 ::= { hwProducts 80 }
    oid: '1.3.6.1.4.1.2011.2.80',
    source: {
      title: 'Huawei Technologies, HUAWEI-MIB V5.43 (LAST-UPDATED 201901160000Z, "Huawei common OID MIB definition"), as LibreNMS ships it: ma5600V8 under ma5600 ::= { hwProducts 80 }',
      url: 'https://github.com/librenms/librenms/blob/master/mibs/huawei/HUAWEI-MIB',
      date: '2019-01-16',
    },
    products: `
8 ma5600V8
`,
  },
  {
    module: 'HUAWEI-MIB',
    manufacturer: 'huawei',
    parent: 'msp',
    // huawei ::= { enterprises 2011 }, hwProducts ::= { huawei 2 }, msp ::= { hwProducts 87 }
    oid: '1.3.6.1.4.1.2011.2.87',
    source: {
      title: 'Huawei Technologies, HUAWEI-MIB V5.43 (LAST-UPDATED 201901160000Z, "Huawei common OID MIB definition"), as LibreNMS ships it: the CX200, CX300, CX380 and CX600 routers under msp ::= { hwProducts 87 }',
      url: 'https://github.com/librenms/librenms/blob/master/mibs/huawei/HUAWEI-MIB',
      date: '2019-01-16',
    },
    products: `
1 cX200A
2 cX200B
3 cX300A
4 cX300B
5 cX500A
6 cX380
7 cX600-8
8 cX600-16
9 cX200C
10 cX200D
11 cX200D-EA
12 cX200D-MC
13 cX600-4
14 cX380-PBT
15 cX380-ME
16 cX200D-EA-MC
17 cX600-X3
18 cX600-X8
19 cX600-X16
20 cX600-X1
21 cX600-X2
22 cX600-X1DO
23 cX600-X2DO
24 cX600-X3DO
25 cX600-X8DO
26 cX600-X16DO
27 cX600-X1-M4
28 cX600-X2-M8
29 cX600-X2-M16
30 cX600-M4-DO
31 cX600-M8-DO
32 cX600-M16-DO
33 cX600-X8A
34 cX600-X16A
35 cX600-M2E
36 cX600-M2F
37 cX600-X3A
38 cX600-X3ADO
39 cX600-X8ADO
40 cX600-X16ADO
41 cX600-X2-M8A
42 cX600-X2-M16A
43 cX600-M8A-DO
44 cX600-M16A-DO
45 cX600-M2H
46 cX600-M2K
47 cX600-M2K-B
48 cX600-F1A-14H24Q
49 cX600-X2-M16B
50 cX600-F1A-8H20Q
51 cX600-X2-M14B
52 cX600-M14B
`,
  },
  {
    module: 'HUAWEI-MIB',
    manufacturer: 'huawei',
    parent: 'ne20E',
    // huawei ::= { enterprises 2011 }, hwProducts ::= { huawei 2 }, ne20E ::= { hwProducts 88 }
    oid: '1.3.6.1.4.1.2011.2.88',
    source: {
      title: 'Huawei Technologies, HUAWEI-MIB V5.43 (LAST-UPDATED 201901160000Z, "Huawei common OID MIB definition"), as LibreNMS ships it: the NE20E routers under ne20E ::= { hwProducts 88 }',
      url: 'https://github.com/librenms/librenms/blob/master/mibs/huawei/HUAWEI-MIB',
      date: '2019-01-16',
    },
    products: `
1 ne20E-4
2 ne20E-8
3 ne20E-X6
4 ne20E-S4
5 ne20E-S8
6 ne20E-S16
7 ne20E-S2E
8 ne20E-S2F
9 ne20E-S8A
10 ne20E-S16A
11 ne20E-S16B
`,
  },
  {
    module: 'HUAWEI-MIB',
    manufacturer: 'huawei',
    parent: 'me60',
    // huawei ::= { enterprises 2011 }, hwProducts ::= { huawei 2 }, me60 ::= { hwProducts 89 }
    oid: '1.3.6.1.4.1.2011.2.89',
    source: {
      title: 'Huawei Technologies, HUAWEI-MIB V5.43 (LAST-UPDATED 201901160000Z, "Huawei common OID MIB definition"), as LibreNMS ships it: the ME60 broadband gateways under me60 ::= { hwProducts 89 }',
      url: 'https://github.com/librenms/librenms/blob/master/mibs/huawei/HUAWEI-MIB',
      date: '2019-01-16',
    },
    products: `
1 me60-16
2 me60-8
3 me60-4
4 me60-X3
5 me60-X8
6 me60-X16
7 me60-X8A
8 me60-X16A
9 me60-X3A
10 me60-S4
11 me60-S8
12 me60-S16
13 me60-X1-M4
14 me60-X2-M8
15 me60-X2-M16
16 me60-X2-M8A
17 me60-X2-M16A
`,
  },
  {
    module: 'HUAWEI-MIB',
    // s9300-NEW-COMM (13) is reserved for U2000 and left out.
    manufacturer: 'huawei',
    parent: 's9300',
    // huawei ::= { enterprises 2011 }, hwProducts ::= { huawei 2 }, s9300 ::= { hwProducts 170 }
    oid: '1.3.6.1.4.1.2011.2.170',
    source: {
      title: 'Huawei Technologies, HUAWEI-MIB V5.43 (LAST-UPDATED 201901160000Z, "Huawei common OID MIB definition"), as LibreNMS ships it: the S9300 switches under s9300 ::= { hwProducts 170 }',
      url: 'https://github.com/librenms/librenms/blob/master/mibs/huawei/HUAWEI-MIB',
      date: '2019-01-16',
    },
    products: `
1 s9303
2 s9306
3 s9312
4 vasp
5 s9303E
6 s9306E
7 s9312E
8 s9303X
9 s9306X
10 s9312X
11 s9310X
12 s9310
14 s9316
`,
  },
  {
    module: 'HUAWEI-MIB',
    manufacturer: 'huawei',
    parent: 'ptn',
    // huawei ::= { enterprises 2011 }, hwProducts ::= { huawei 2 }, ptn ::= { hwProducts 182 }
    oid: '1.3.6.1.4.1.2011.2.182',
    source: {
      title: 'Huawei Technologies, HUAWEI-MIB V5.43 (LAST-UPDATED 201901160000Z, "Huawei common OID MIB definition"), as LibreNMS ships it: the PTN transport products under ptn ::= { hwProducts 182 }',
      url: 'https://github.com/librenms/librenms/blob/master/mibs/huawei/HUAWEI-MIB',
      date: '2019-01-16',
    },
    products: `
1 ptn2900
2 ptn6900
5 ptn6900-16
6 ptn6900-8
7 ptn6900-3
8 ptn6900-2
9 ptn6900-1
10 ptn6900-1-M4
11 ptn6900-2-M8
12 ptn6900-2-M16
13 ptn7900-32
14 ptn7900-24
15 ptn6900-M2E
16 ptn6900-M2F
17 ptn6900-8A
18 ptn6900-16A
19 ptn6900-3A
20 ptn7900-12
21 ptn990
22 ptn6900-2-M8A
23 ptn6900-2-M16A
24 ptn970
25 ptn930
26 ptn905G
27 ptn905E
28 ptn905D
29 ptn905F
30 ptn7900E-32
31 ptn960E
32 ptn6900-M2K
33 ptn6900-M2K-B
34 ptn6900-F1A-14H24Q
35 ptn6900-2-M16B
36 ptn6900-F1A-8H20Q
37 ptn980
38 ptn990E
39 ptn6900-2-M14B
`,
  },
  {
    module: 'HUAWEI-MIB',
    manufacturer: 'huawei',
    parent: 'nse',
    // huawei ::= { enterprises 2011 }, hwProducts ::= { huawei 2 }, nse ::= { hwProducts 187 }
    oid: '1.3.6.1.4.1.2011.2.187',
    source: {
      title: 'Huawei Technologies, HUAWEI-MIB V5.43 (LAST-UPDATED 201901160000Z, "Huawei common OID MIB definition"), as LibreNMS ships it: the SSP and NSE service engines under nse ::= { hwProducts 187 }',
      url: 'https://github.com/librenms/librenms/blob/master/mibs/huawei/HUAWEI-MIB',
      date: '2019-01-16',
    },
    products: `
1 ssp1000
2 ssp2000
3 ssp3000
4 ssp1000-4
5 nse1000-4
6 nse1000-8
7 nse1000-X3
8 ssp5000-X3
9 ssp5000-X8
10 ssp5000-X16
11 nse1000-X8
12 nse1000-X16
`,
  },
  {
    module: 'HUAWEI-MIB',
    manufacturer: 'huawei',
    parent: 'usg9100',
    // huawei ::= { enterprises 2011 }, hwProducts ::= { huawei 2 }, usg9100 ::= { hwProducts 189 }
    oid: '1.3.6.1.4.1.2011.2.189',
    source: {
      title: 'Huawei Technologies, HUAWEI-MIB V5.43 (LAST-UPDATED 201901160000Z, "Huawei common OID MIB definition"), as LibreNMS ships it: the USG9110 and USG9120 under usg9100 ::= { hwProducts 189 }',
      url: 'https://github.com/librenms/librenms/blob/master/mibs/huawei/HUAWEI-MIB',
      date: '2019-01-16',
    },
    products: `
1 usg9110
2 usg9120
`,
  },
  {
    module: 'HUAWEI-MIB',
    manufacturer: 'huawei',
    parent: 'atn',
    // huawei ::= { enterprises 2011 }, hwProducts ::= { huawei 2 }, atn ::= { hwProducts 220 }
    oid: '1.3.6.1.4.1.2011.2.220',
    source: {
      title: 'Huawei Technologies, HUAWEI-MIB V5.43 (LAST-UPDATED 201901160000Z, "Huawei common OID MIB definition"), as LibreNMS ships it: the ATN access routers under atn ::= { hwProducts 220 }',
      url: 'https://github.com/librenms/librenms/blob/master/mibs/huawei/HUAWEI-MIB',
      date: '2019-01-16',
    },
    products: `
1 atn980
2 atn990
3 atn910
4 atn950
5 atn950B
6 atn910IAc
7 atn910IDc
8 atn910ICAc
9 atn910ITcDc
10 atn910IPAc
11 atn905Ac
12 atn905AAc
13 atn905APAc
14 atn905-AV-Ac
15 atn910B
16 atn910I-D-Dc
17 atn910I-D-Ac
18 atn910I-B-Dc
19 atn910I-E-Dc
20 atn905V-Ac
21 atn905-Dc
22 atn910B-D-DC
23 atn910B-D-AC
24 atn910B-E-AC
25 atn905-E-AC
26 atn905A-C-DC
27 atn905A-D-DC
28 atn980B
31 atn950C
32 atn910C-A
33 atn910C-B
34 atn905-BM
35 atn910C-D
36 atn950B-V8
37 atn910B-V8
38 atn910B-E-AC-V8
39 atn910B-D-DC-V8
40 atn910B-D-AC-V8
41 atn910B-F-DC-V8
42 atn910B-F-AC-V8
43 atn980B-IOT
44 atn950C-IOT
45 atn910C-A-IOT
46 atn910C-B-IOT
47 atn910C-D-IOT
48 atn950B-IOT
49 atn910B-IOT
50 atn910B-E-AC-IOT
51 atn910B-D-DC-IOT
52 atn910B-D-AC-IOT
53 atn910B-F-DC-IOT
54 atn910B-F-AC-IOT
55 atn905-F-DC
56 atn905-F-AC
57 atn905-F-DC-IOT
58 atn905-F-AC-IOT
59 atn950BEX
60 atn950BEX-IOT
61 atn910C-F
62 atn910C-F-IOT
63 atn910C-E
64 atn910C-E-IOT
65 atn980C
66 atn980C-IOT
`,
  },
  {
    module: 'HUAWEI-MIB',
    manufacturer: 'huawei',
    parent: 's7700',
    // huawei ::= { enterprises 2011 }, hwProducts ::= { huawei 2 }, s7700 ::= { hwProducts 223 }
    oid: '1.3.6.1.4.1.2011.2.223',
    source: {
      title: 'Huawei Technologies, HUAWEI-MIB V5.43 (LAST-UPDATED 201901160000Z, "Huawei common OID MIB definition"), as LibreNMS ships it: the S7700 switches under s7700 ::= { hwProducts 223 }',
      url: 'https://github.com/librenms/librenms/blob/master/mibs/huawei/HUAWEI-MIB',
      date: '2019-01-16',
    },
    products: `
1 s7703
2 s7706
3 s7712
4 s7710
`,
  },
  {
    module: 'HUAWEI-MIB',
    // LibreNMS's vrp.snmprec recording (an AR1220, V200R003C01) reports 1.3.6.1.4.1.2011.2.224.1.
    manufacturer: 'huawei',
    parent: 'ar',
    // huawei ::= { enterprises 2011 }, hwProducts ::= { huawei 2 }, ar ::= { hwProducts 224 }
    oid: '1.3.6.1.4.1.2011.2.224',
    upperCase: true,
    source: {
      title: 'Huawei Technologies, HUAWEI-MIB V5.43 (LAST-UPDATED 201901160000Z, "Huawei common OID MIB definition"), as LibreNMS ships it: the AR routers under ar ::= { hwProducts 224 }',
      url: 'https://github.com/librenms/librenms/blob/master/mibs/huawei/HUAWEI-MIB',
      date: '2019-01-16',
    },
    products: `
1 ar1220
2 ar1220w
3 ar1240
4 ar1240w
5 ar2220
6 ar2240
7 ar3260
8 ar1220v
9 ar201
10 ar206
11 ar207
12 ar207v
13 ar208e
14 ar1220vw
15 ar1220s
16 ar1220ws
24 ar207vp
25 ar201s
26 ar207s
27 ar151
28 ar157
29 ar2220s
30 ar1220l
31 ar207g-hspa7
32 ar156
33 ar158e
34 ar151g-hspa7
35 ar157g-hspa7
36 ar151w-p
37 ar157w
38 ar1220d
39 ar157vw
40 ar158evw
41 ar2201-48fe
42 ar2202-48fe
43 ar2220l
44 ar201vw-p
45 ar207vw
46 ar2230
47 ar2220d
48 ar2204
49 usr20-6
50 usr20-8
51 ar531gph
52 ar531gbpdh
53 ar5312ch
54 ar531f2ch
55 ar151gevdo
56 ar156i
57 ar156iw
58 ar157i
59 ar157iw
60 ar168f
61 ar168fw
62 ar169f
63 ar169w
64 ar169fw
65 ar169bf
66 ar169bfw
67 ar1220f
68 ar1220fw
69 ar151s
70 ar151wps
71 ar151gus
72 ar1220ls
73 ar2201-48fes
74 ar2204s
75 ar2240s
76 ar159
77 ar2540h
78 ar3560h
79 ar121s
80 ar161fs
81 ar156w
82 ar159fw
83 ar161fgw-l
84 ar161fg-l
85 ar162f
86 ar169fvw
87 ar161fw-p-m5
88 ar511gw-uav2m5
89 ar169gfvw-l
90 ar531gbp-u-h
94 ar511gw-lav2m3
95 ar161a
96 ar169a
97 ar161ag-l
98 ar169agw-i
99 ar1220evw
100 ar2220e
101 ar3670
102 ar3650
103 ar2630
104 ar2204e
105 ar2220e-l
106 ar511gw-l-b3
107 ar511gw-lm7
108 ar513w-v3m8
109 ar1220e-s
110 ar3260-s
111 ar531g-u-d-h
112 ar531gpe-u-h
113 ar531gr-u-h
114 ar550-8fe-d-h
115 ar550-24fe-d-h
116 ar502g
117 ar531gp-h
118 ar531gb-u-d-h
119 ar161
120 ar161g-le
121 ar161g-hspa7
122 ar161gw-l
123 ar169
124 ar169g-le
125 ar169g-hspa7
126 ar121
127 ar129
128 ar503gw-lm6
129 ar169-p-m9
130 ar1220e
131 ar1220ev
132 ar161f
133 ar169fgw-l
134 ar151-s2
135 ar161fw
136 ar1220f-s
137 ar509g-l-d-h
138 ar169fv-8s
139 ar169fvw-8s
140 ar121w
141 ar121w-s
142 ar161w
143 ar129w
144 ar2204-27ge
145 ar2204-27ge-p
146 ar2204-51ge-p
147 ar1220c
148 ar1220-s2
149 ar2240c
150 ar2504-h
151 ar161fv-1p
152 ar169w-p-m9
153 ar169rw-p-m9
154 ar531gz-u-d
155 ar161fgw-la
156 ar515gw-lm9-d
157 ar161g-u
158 ar121gw-l
159 ar129gw-l
160 ar502g-l-d-h
161 ar502gr-l-d-h
162 ar531g-f
163 ar511cgw-lav2m3
164 ar111-s
165 ar503gw-lcm7
166 ar511gw-lcav2m3
167 ar1000v
168 ar511dcgw-lcav2
169 ar2204-51ge
170 ar2204e-d
171 ar2504e-h
172 ar509g-lc
173 ar129cgvw-l
174 ar101-s
175 ar101w-s
176 ar550c-4ge
177 ar550c-2c6ge
178 ar509cg-lt
179 ar509cg-lt-n
180 ar503eqgw-l
181 ar503ew
182 ar503edgw-lc
183 ar509cg-l
184 ar168fvw
185 ar532
186 ar502erc
187 ar502egr-l
188 ar502eg-l
189 ar502egw-l
190 ar550e
191 ar509cg-lc
192 ar2204-51ge-r
193 ar161-s
194 ar161w-s
195 ar161gw-lc-s
196 ar509gw-l-d-h
197 ar1200ew-t1
198 ar509eg-u-a
199 ar169g-lo
200 ar161fg-lc
201 ar161fgw-lc
202 ar161g-lc
203 ar101gw-lc-s
204 ar201v
205 ar503edgw-lc3
206 ar109
207 ar109w
208 ar109gw-l
209 ar502cg-l
210 ar2220e-s
211 ar2240c-s
212 ar3260e-s
213 ar129cvw
214 ar1220-8ge
215 ar2204-24ge
216 ar2204-48ge-p
217 ar505kc-l-rm
218 ar505ke-l
219 ar2504-d-h
220 ar502egrb-l
221 ar169cvw-4b4s
222 ar169cvw
223 ar169egw-l
224 ar169ew
225 ar161ew
226 ar161ew-m1
227 ar509cgw-l
228 ar509cg-lt-7
229 ar-sc-lc
230 ar-sc-le
231 ar-sc-la
232 ar502er
233 ar169fgvw-l-8s
234 ar502erb
235 ar502egrc-lc
`,
  },
  {
    module: 'HUAWEI-MIB',
    manufacturer: 'huawei',
    parent: 's12700',
    // huawei ::= { enterprises 2011 }, hwProducts ::= { huawei 2 }, s12700 ::= { hwProducts 225 }
    oid: '1.3.6.1.4.1.2011.2.225',
    source: {
      title: 'Huawei Technologies, HUAWEI-MIB V5.43 (LAST-UPDATED 201901160000Z, "Huawei common OID MIB definition"), as LibreNMS ships it: the S12700 switches under s12700 ::= { hwProducts 225 }',
      url: 'https://github.com/librenms/librenms/blob/master/mibs/huawei/HUAWEI-MIB',
      date: '2019-01-16',
    },
    products: `
1 s12708
2 s12716
`,
  },
  {
    module: 'HUAWEI-MIB',
    manufacturer: 'huawei',
    parent: 's9700',
    // huawei ::= { enterprises 2011 }, hwProducts ::= { huawei 2 }, s9700 ::= { hwProducts 236 }
    oid: '1.3.6.1.4.1.2011.2.236',
    source: {
      title: 'Huawei Technologies, HUAWEI-MIB V5.43 (LAST-UPDATED 201901160000Z, "Huawei common OID MIB definition"), as LibreNMS ships it: the S9700 switches under s9700 ::= { hwProducts 236 }',
      url: 'https://github.com/librenms/librenms/blob/master/mibs/huawei/HUAWEI-MIB',
      date: '2019-01-16',
    },
    products: `
1 s9703
2 s9706
3 s9712
`,
  },
  {
    module: 'HUAWEI-MIB',
    manufacturer: 'huawei',
    parent: 'dcswitch',
    // huawei ::= { enterprises 2011 }, hwProducts ::= { huawei 2 }, dcswitch ::= { hwProducts 239 }
    oid: '1.3.6.1.4.1.2011.2.239',
    source: {
      title: 'Huawei Technologies, HUAWEI-MIB V5.43 (LAST-UPDATED 201901160000Z, "Huawei common OID MIB definition"), as LibreNMS ships it: the CloudEngine data-centre switches under dcswitch ::= { hwProducts 239 }',
      url: 'https://github.com/librenms/librenms/blob/master/mibs/huawei/HUAWEI-MIB',
      date: '2019-01-16',
    },
    products: `
1 ce12804
2 ce12808
3 ce12812
4 ce5850-54Q-EI-48T
5 ce6850-52Q-EI-48S
6 ce6850-52Q-EI-48T
7 ce5810-24T4S-EI
8 ce5810-48T4S-EI
9 ce12816
10 ce5850-48T4S2Q-HI
11 ce7850-32Q-EI
12 ce6810-48S4Q-EI
13 ce6810-48S4Q-LI
14 ce6810-48S-LI
15 ce12804S
16 ce12808S
17 ce6850-48S6Q-HI
18 ce6850U-48S6Q-HI
19 ce6850-48T6Q-HI
20 ce6810-32T16S4Q-LI
22 ce5855-48T4S2Q-EI
23 ce5855-24T4S2Q-EI
24 ce6850U-24S2Q-HI
25 ce6810-24S2Q-LI
26 ce6851-48S6Q-HI
27 ce8860-4C-EI
28 ce6855-48T6Q-HI
29 ce6855-48S6Q-HI
30 ce6860-48S18CQ-EI
31 ce6860-48S8CQ-EI
32 ce6870-48S6CQ-EI
33 ce6870-24S6CQ-EI
34 ce7855-32Q-EI
35 ce6880-48S4Q2CQ-EI
36 ce6880-24S4Q2CQ-EI
37 ce6880-48T4Q2CQ-EI
38 ce12804E
39 ce12808E
40 ce12812E
41 ce12816E
42 ce8850-32CQ-EI
43 ce12816M
44 ce6870-48T6CQ-EI
45 cx916
46 ce6856-48S6Q-HI
47 ce6856-48T6Q-HI
48 ce6875-48S4CQ-EI
49 ce6865-48S8CQ-EI
50 ce8850-64CQ-EI
51 ce8861-4C-EI
53 ce8868-4C-EI
54 ce5880-48T6Q-EI
55 cx930-100G
56 cx930-BASE
57 ce6857-48S6CQ-EI
101 ce1800V
`,
  },
  {
    module: 'HUAWEI-MIB',
    manufacturer: 'huawei',
    parent: 'wlan',
    // huawei ::= { enterprises 2011 }, hwProducts ::= { huawei 2 }, wlan ::= { hwProducts 240 }
    oid: '1.3.6.1.4.1.2011.2.240',
    upperCase: true,
    source: {
      title: 'Huawei Technologies, HUAWEI-MIB V5.43 (LAST-UPDATED 201901160000Z, "Huawei common OID MIB definition"), as LibreNMS ships it: the WLAN access controllers under wlan ::= { hwProducts 240 }',
      url: 'https://github.com/librenms/librenms/blob/master/mibs/huawei/HUAWEI-MIB',
      date: '2019-01-16',
    },
    products: `
1 acu
2 ac6605-lsw
3 ac6605-ac
4 ac6005
5 ac6005-pwr
6 ac6605
7 acu2
8 ac6005-ru
9 ac6005-pwr-ru
10 ac6605-ru
11 acu2-ru
12 ac6003
13 ac6003-pwr
14 ac6800V
15 ac600ec
16 ac600ec-pwr
17 ac6508
18 ac6805
19 ac6507s
`,
  },
  {
    module: 'HUAWEI-MIB',
    manufacturer: 'huawei',
    parent: 'srg',
    // huawei ::= { enterprises 2011 }, hwProducts ::= { huawei 2 }, srg ::= { hwProducts 244 }
    oid: '1.3.6.1.4.1.2011.2.244',
    upperCase: true,
    source: {
      title: 'Huawei Technologies, HUAWEI-MIB V5.43 (LAST-UPDATED 201901160000Z, "Huawei common OID MIB definition"), as LibreNMS ships it: the SRG service routers under srg ::= { hwProducts 244 }',
      url: 'https://github.com/librenms/librenms/blob/master/mibs/huawei/HUAWEI-MIB',
      date: '2019-01-16',
    },
    products: `
1 srg1320v
2 srg1320vw
3 srg2320
4 srg3340
5 srg3360
6 srg303w
7 srg303vw
8 srg2320d
9 srg2304
10 srg2330
11 srg1320
12 srg1320w
13 srg2320e
14 srg2340e
15 srg2320ei
16 srg1320e
`,
  },
  {
    module: 'HUAWEI-MIB',
    manufacturer: 'huawei',
    parent: 's12700lsw',
    // huawei ::= { enterprises 2011 }, hwProducts ::= { huawei 2 }, s12700lsw ::= { hwProducts 279 }
    oid: '1.3.6.1.4.1.2011.2.279',
    source: {
      title: 'Huawei Technologies, HUAWEI-MIB V5.43 (LAST-UPDATED 201901160000Z, "Huawei common OID MIB definition"), as LibreNMS ships it: the S12700 switches under s12700lsw ::= { hwProducts 279 }',
      url: 'https://github.com/librenms/librenms/blob/master/mibs/huawei/HUAWEI-MIB',
      date: '2019-01-16',
    },
    products: `
1 s12708lsw
2 s12712lsw
3 s12704lsw
4 s12710lsw
5 s12703lsw
6 s12700E-4lsw
7 s12700E-8lsw
8 s12700E-12lsw
`,
  },
  {
    module: 'HUAWEI-MIB',
    manufacturer: 'huawei',
    parent: 'application-router',
    // huawei ::= { enterprises 2011 }, hwProducts ::= { huawei 2 }, application-router ::= { hwProducts 282 }
    oid: '1.3.6.1.4.1.2011.2.282',
    upperCase: true,
    source: {
      title: 'Huawei Technologies, HUAWEI-MIB V5.43 (LAST-UPDATED 201901160000Z, "Huawei common OID MIB definition"), as LibreNMS ships it: the NE16EX routers under application-router ::= { hwProducts 282 }',
      url: 'https://github.com/librenms/librenms/blob/master/mibs/huawei/HUAWEI-MIB',
      date: '2019-01-16',
    },
    products: `
1 ne16ex-8
2 ne16ex-6
`,
  },
  {
    module: 'HUAWEI-MIB',
    manufacturer: 'huawei',
    parent: 'osn-wdm',
    // huawei ::= { enterprises 2011 }, hwProducts ::= { huawei 2 }, osn-wdm ::= { hwProducts 292 }
    oid: '1.3.6.1.4.1.2011.2.292',
    upperCase: true,
    source: {
      title: 'Huawei Technologies, HUAWEI-MIB V5.43 (LAST-UPDATED 201901160000Z, "Huawei common OID MIB definition"), as LibreNMS ships it: the OptiX OSN 9600/9800 WDM products under osn-wdm ::= { hwProducts 292 }',
      url: 'https://github.com/librenms/librenms/blob/master/mibs/huawei/HUAWEI-MIB',
      date: '2019-01-16',
    },
    products: `
1 osn9800-u16
2 osn9800-u32
3 osn9800-u64
4 osn9600-u16
5 osn9600-u32
6 osn9600-u64
`,
  },
  {
    module: 'HUAWEI-MIB',
    manufacturer: 'huawei',
    parent: 'ne0508e',
    // huawei ::= { enterprises 2011 }, hwProducts ::= { huawei 2 }, ne0508e ::= { hwProducts 297 }
    oid: '1.3.6.1.4.1.2011.2.297',
    source: {
      title: 'Huawei Technologies, HUAWEI-MIB V5.43 (LAST-UPDATED 201901160000Z, "Huawei common OID MIB definition"), as LibreNMS ships it: the NE05E and NE08E routers under ne0508e ::= { hwProducts 297 }',
      url: 'https://github.com/librenms/librenms/blob/master/mibs/huawei/HUAWEI-MIB',
      date: '2019-01-16',
    },
    products: `
1 ne08E-S6
2 ne05E-S2
3 ne05E-SE
4 ne05E-SF
5 ne05E-SG
6 ne05E-SH
7 ne05E-SI
8 ne05E-SJ
9 ne05E-SK
10 ne05E-SL
11 ne05E-SM
12 ne05E-SN
13 ne05E-SP
14 ne05E-SQ
15 ne08E-S6E
16 ne05E-SR
17 ne08E-S9
`,
  },
  {
    module: 'HUAWEI-MIB',
    manufacturer: 'huawei',
    parent: 'etn',
    // huawei ::= { enterprises 2011 }, hwProducts ::= { huawei 2 }, etn ::= { hwProducts 298 }
    oid: '1.3.6.1.4.1.2011.2.298',
    source: {
      title: 'Huawei Technologies, HUAWEI-MIB V5.43 (LAST-UPDATED 201901160000Z, "Huawei common OID MIB definition"), as LibreNMS ships it: the ETN products under etn ::= { hwProducts 298 }',
      url: 'https://github.com/librenms/librenms/blob/master/mibs/huawei/HUAWEI-MIB',
      date: '2019-01-16',
    },
    products: `
1 etn500-A
2 etn500-B
3 etn500-C
4 etn550-A
5 etn520-B
6 etn520-C
7 etn550-B
8 etn500-F
`,
  },
  {
    module: 'HUAWEI-MIB',
    manufacturer: 'huawei',
    parent: 'vne',
    // huawei ::= { enterprises 2011 }, hwProducts ::= { huawei 2 }, vne ::= { hwProducts 314 }
    oid: '1.3.6.1.4.1.2011.2.314',
    source: {
      title: 'Huawei Technologies, HUAWEI-MIB V5.43 (LAST-UPDATED 201901160000Z, "Huawei common OID MIB definition"), as LibreNMS ships it: the virtual network elements under vne ::= { hwProducts 314 }',
      url: 'https://github.com/librenms/librenms/blob/master/mibs/huawei/HUAWEI-MIB',
      date: '2019-01-16',
    },
    products: `
1 vne9000
2 vsig9800
3 vne9000-CP
`,
  },
  {
    module: 'HUAWEI-MIB',
    // The arcs are as the module writes them. V5.36 moved these products from .321.1.32-86 to
    // .321.1.132-186 "but not include 74-79" (VSCAN, WAF); usg6380e is still written { fw 44 }, and
    // uusg6311e-poe is spelled so. The arcs the module marks deleted (25-31, 37, 48) have no node.
    manufacturer: 'huawei',
    parent: 'fw',
    // huawei ::= { enterprises 2011 }, hwProducts ::= { huawei 2 }, usg ::= { hwProducts 321 }, fw ::= { usg 1 }
    oid: '1.3.6.1.4.1.2011.2.321.1',
    upperCase: true,
    source: {
      title: 'Huawei Technologies, HUAWEI-MIB V5.43 (LAST-UPDATED 201901160000Z, "Huawei common OID MIB definition"), as LibreNMS ships it: the USG, Eudemon, NIP and AntiDDoS firewall hardware under fw ::= { usg 1 }',
      url: 'https://github.com/librenms/librenms/blob/master/mibs/huawei/HUAWEI-MIB',
      date: '2019-01-16',
    },
    products: `
1 usg6305
2 usg6305-w
3 usg6310s
4 usg6310s-w
5 usg6310s-wl
6 usg6310s-wl-ovs
7 usg6510
8 usg6510-wl
9 usg6510-c
10 usg6510-wl-c
11 usg6310s-c
12 usg6310s-wl-ovs-c
13 antiddos1680-ac
14 antiddos1680-dc
15 antiddos1650-ac
16 usg6390e
17 usg6620-ave
18 e200en3-ii-ac
19 e200en3-ii-dc
20 e1000en5-ii-ac
21 e1000en5-ii-dc
22 e1000en7-ii-ac
23 e1000en7-ii-dc
24 usg6330-c
132 usg6307e
133 usg6306e
134 usg6308e
135 usg6311e
136 uusg6311e-poe
138 usg6331e
139 usg6312e
140 usg6322e
141 usg6332e
142 usg6350e
143 usg6360e
44 usg6380e
145 usg6515e
146 usg6510e
147 usg6510e-poe
149 usg6530e
150 usg6550e
151 usg6560e
152 usg6580e
153 usg6630e-ac
154 usg6650e
155 usg6680e
156 usg6712e
157 usg6716e
158 eudemon200e-g8-ac
159 eudemon200e-g8-dc
160 eudemon1000e-g3-ac
161 eudemon1000e-g3-dc
162 eudemon1000e-g5-ac
163 eudemon1000e-g5-dc
164 eudemon1000e-g8-ac
165 eudemon1000e-g8-dc
166 eudemon1000e-g12-ac
167 eudemon1000e-g12-dc
168 eudemon1000e-g16-ac
169 eudemon1000e-g16-dc
170 nip6305e
171 nip6310e
172 nip6510e
173 nip6550e
74 vscan1506
75 vscan1508
76 waf5110
77 waf5250
78 waf5260
79 waf5510
180 nip6610e
181 nip6610ed
182 nip6620e
183 nip6620ed
184 antiddos1820
185 antiddos1880
186 usg6630e-dc
187 nip6550ed-ac
188 nip6620e-dc
`,
  },
  {
    module: 'HUAWEI-MIB',
    manufacturer: 'huawei',
    parent: 'vFw',
    // huawei ::= { enterprises 2011 }, hwProducts ::= { huawei 2 }, usg ::= { hwProducts 321 }, vFw ::= { usg 2 }
    oid: '1.3.6.1.4.1.2011.2.321.2',
    upperCase: true,
    source: {
      title: 'Huawei Technologies, HUAWEI-MIB V5.43 (LAST-UPDATED 201901160000Z, "Huawei common OID MIB definition"), as LibreNMS ships it: the virtual firewalls under vFw ::= { usg 2 }',
      url: 'https://github.com/librenms/librenms/blob/master/mibs/huawei/HUAWEI-MIB',
      date: '2019-01-16',
    },
    products: `
1 usg9000v
2 eudemon8000e-v
3 nip9000v
4 antiddos8000v
5 usg6000v1
6 usg6000v2
7 usg6000v4
8 usg6000v8
9 eudemon1000e-v1
10 eudemon1000e-v2
11 eudemon1000e-v4
12 eudemon1000e-v8
13 das
14 waf5000-v-4
15 waf5000-v-8
16 waf5000-v-16
17 waf5000-v-32
`,
  },
  {
    module: 'HUAWEI-MIB',
    manufacturer: 'huawei',
    parent: 's7900',
    // huawei ::= { enterprises 2011 }, hwProducts ::= { huawei 2 }, s7900 ::= { hwProducts 333 }
    oid: '1.3.6.1.4.1.2011.2.333',
    source: {
      title: 'Huawei Technologies, HUAWEI-MIB V5.43 (LAST-UPDATED 201901160000Z, "Huawei common OID MIB definition"), as LibreNMS ships it: the S7900 switches under s7900 ::= { hwProducts 333 }',
      url: 'https://github.com/librenms/librenms/blob/master/mibs/huawei/HUAWEI-MIB',
      date: '2019-01-16',
    },
    products: `
1 s7905
2 s7908
`,
  },
  {
    module: 'HH3C-PRODUCT-ID-MIB',
    manufacturer: 'h3c',
    parent: 'hh3cProductId',
    // HH3C-OID-MIB: hh3c ::= { enterprises 25506 }, hh3cProductId ::= { hh3c 1 }
    oid: '1.3.6.1.4.1.25506.1',
    symbolPrefix: 'hh3c-',
    source: {
      title: 'New H3C Technologies (Hangzhou H3C Tech. Co.), HH3C-PRODUCT-ID-MIB V1.59 ("H3C Product OID MIB") and HH3C-OID-MIB, as Observium ships them: the products under hh3cProductId ::= { hh3c 1 }',
      url: 'https://github.com/DanielleHuisman/observium-community-edition/blob/main/mibs/h3c/HH3C-PRODUCT-ID-MIB',
      date: '2018-03-15',
    },
    products: `
1 hh3c-s5500-28C-EI
2 hh3c-s5500-52C-EI
3 hh3c-s5500-28C-PWR-EI
4 hh3c-s5500-52C-PWR-EI
5 hh3c-s5500-28F-EI
6 hh3c-s5500-28C-EI-DC
7 hh3c-s6100-20Q-SI
8 hh3c-s5500-28C-SI
9 hh3c-s5500-52C-SI
10 hh3c-s5500-28C-PWR-SI
11 hh3c-s5500-52C-PWR-SI
12 hh3c-s5510-24P
13 hh3c-s5510-24F
14 hh3c-s3610-28P
15 hh3c-s3610-52P
16 hh3c-s3610-28TP
17 hh3c-s3610-28F
18 hh3c-e126
19 hh3c-e328
20 hh3c-e352
21 hh3c-s3100-8C-SI
22 hh3c-s3100-16C-SI
23 hh3c-s3100-26C-SI
24 hh3c-s3100-8T-SI
25 hh3c-s3100-16T-SI
26 hh3c-s3100-26T-SI
27 hh3c-s3100-26TP-SI
28 hh3c-s5100-24P-EI
29 hh3c-s5100-26C-EI
30 hh3c-s5100-50C-EI
31 hh3c-s5100-48P-EI
32 hh3c-s3600-28P-SI
33 hh3c-s3600-52P-SI
34 hh3c-s3600-28TP-SI
35 hh3c-s3600-28P-PWR-SI
36 hh3c-s3600-52P-PWR-SI
37 hh3c-s3600-28P-EI
38 hh3c-s3600-52P-EI
39 hh3c-s3600-28P-PWR-EI
40 hh3c-s3600-52P-PWR-EI
41 hh3c-s3600-28F-EI
42 hh3c-s5600-26C
43 hh3c-s5600-50C
44 hh3c-s5600-26C-PWR
45 hh3c-s5600-50C-PWR
46 hh3c-s5600-26F
47 hh3c-s3600-52G-HI
48 hh3c-s3600-52P-HI
49 hh3c-s3600-28G-HI
50 hh3c-s3600-28P-HI
51 hh3c-s3600-52M-HI
52 hh3c-s7502
53 hh3c-s7503
54 hh3c-s7506
55 hh3c-s7506R
57 hh3c-ar28-09
58 hh3c-ar28-10
59 hh3c-ar28-11
60 hh3c-ar28-12
61 hh3c-ar28-13
62 hh3c-ar28-14
63 hh3c-ar28-30
64 hh3c-ar28-31
65 hh3c-ar28-40
66 hh3c-ar28-80
67 hh3c-ar46-20
68 hh3c-ar46-40
69 hh3c-ar46-80
`,
  },
  {
    module: 'HH3C-PRODUCT-ID-MIB',
    // H3C made the HP A-series and FlexFabric Comware switches; HP's and later HPE's devices
    // report these OIDs under H3C's number. The module took the hyphens out of these symbols
    // ("Removed all hyphens under hpNetworking", V1.46), so no model number can be read back
    // from them: they are shown as written, as are the few added later with hyphens again
    // (hpe5710-30HF, 287).
    manufacturer: 'h3c',
    parent: 'hpSwitch',
    // HH3C-OID-MIB: hpNetworking ::= { hh3c 11 } ("OID of hpNetworking is 1.3.6.1.4.1.25506.11"),
    // hpSwitch ::= { hpNetworking 1 }
    oid: '1.3.6.1.4.1.25506.11.1',
    keepSymbol: true,
    source: {
      title: 'New H3C Technologies (Hangzhou H3C Tech. Co.), HH3C-PRODUCT-ID-MIB V1.59 and HH3C-OID-MIB, as Observium ships them: the HP switches under hpSwitch ::= { hpNetworking 1 }',
      url: 'https://github.com/DanielleHuisman/observium-community-edition/blob/main/mibs/h3c/HH3C-PRODUCT-ID-MIB',
      date: '2018-03-15',
    },
    products: `
1 hp7502
2 hp7503S
3 hp7503
4 hp7506
5 hp7506V
6 hp7510
7 hpA36002POLT
8 hpV190524
9 hpV190524POE
10 hpV190548
11 hpA512016GSI
12 hpA512024GSI
13 hpA512048GSI
14 hpA512024GPPOESI
15 hpA512024GPOESI
16 hpA580024G
17 hpA580024GPoEPlus
18 hpA580048G
19 hpA580048GPoEPlus
20 hpA580024GSFP
21 hpA580048GPoEPlus2SLOT
22 hpA5820X14XGSFPPlus2SLOT
23 hpA5820X24XGSFPPlus
24 hpA550024GEI2SLOT
25 hpA550048GEI2SLOT
26 hpA550024GPoEPlusEI2SLOT
27 hpA550048GPoEPlusEI2SLOT
28 hpA550024GSFPEI2SLOT
29 hpA550024GSI2SLOT
30 hpA550048GSI2SLOT
31 hpA550024GPoEPlusSI2SLOT
32 hpA550048GPoEPlusSI2SLOT
33 hpA512024GEI2SLOT
34 hpA512048GEI2SLOT
35 hpA512024GPoEPlusEI2SLOT
36 hpA512048GPoEPlusEI2SLOT
37 hpA512024GEI
38 hpA512048GEI
39 hp9505
40 hp9508V
41 hp9508
42 hp9512
43 hp12508
44 hp12518
45 hp12504AC
46 hpA5800AF48G
47 hpA5820AF24XG
51 hp6125GXG
52 hpA31008SI
53 hpA310016SI
54 hpA310024SI
55 hpA31008EI
56 hpA310016EI
57 hpA310024EI
58 hpA31008POEEI
59 hpA310016POEEI
60 hpA310024POEEI
61 hpA580024GTAA
62 hpA580024GPoEPlusTAA
63 hpA580024GSFPTAA
64 hpA580048GTAA
65 hpA580048GPoEPlusTAA2SLOT
66 hpA580048GPoEPlusTAA
67 hpA5820X14XGSFPPlusTAA2SLOT
68 hpA5820X24XGSFPPlusTAA
69 hpA512024GEITAA2SLOT
70 hpA512048GEITAA2SLOT
71 hpA512024GPoEPlusEITAA2SLOT
72 hpA512048GPoEPlusEITAA2SLOT
73 hpA550024GSFPEITAA2SLOT
74 hpA550024GEITAA2SLOT
75 hpA550048GEITAA2SLOT
76 hpA550024GPoEPlusEITAA2SLOT
77 hpA550048GPoEPlusEITAA2SLOT
78 hp5920AF24XG
79 hpA5830AF48G
80 hpA5830AF96G
81 hpV191016G
82 hpV191024G
83 hpV191024GPoE365W
84 hpV191024GPoE170W
85 hpV191048G
86 hp10504
87 hp10508
88 hp10508V
89 hp10512
90 hpA360024V2EI
91 hpA360048V2EI
92 hpA360024PoEPlusV2EI
93 hpA360048PoEPlusV2EI
94 hpA360024SFPV2EI
95 hpA360024V2SI
96 hpA360048V2SI
97 hpA360024PoEPlusV2SI
98 hpA360048PoEPlusV2SI
99 hpA310048V2
100 hp5900AF48XG4QSFPPlus
101 hpA550024G4SFPHI
102 hpA550048G4SFPHI
103 hp6125G
104 hpA51208GSI
105 hpA51208GPoEPlusSI
106 hpA51208GPPoEPlusSI
107 hpA5120AF48GHI
108 hp12504DC
109 hp12508DC
110 hp12518DC
111 hp12508AC
112 hp12518AC
113 hp5900AF48XGT4QSFPPlus
114 hp19108G
115 hp19108GPoEPlus65W
116 hp19108GPoEPlus180W
117 hp5830AF48GTAA
118 hp5830AF96GTAA
119 hp7508H
120 hp5900AF48G4XG2QSFPPlus
121 hp550048GPoEPlus4SFPHI
122 hp550024GPoEPlus4SFPHI
123 hp550024GSFPHI
124 hp12504ACV7
125 hp12504DCV7
126 hp12508ACV7
127 hp12508DCV7
128 hp12518ACV7
129 hp12518DCV7
130 hp5900AF48XG4QSFPPlusTAA
131 hp5920AF24XGTAA
132 hpV19108
133 hpV19108PoEPlus
134 hpV191024
135 hpV191024PoEPlus
136 hpV191048
137 hp6125XGXLG
138 hp11908V
139 hp550048GPoEPlus4SFPHITAA2Slot
140 hp550024GPoEPlus4SFPHITAA2Slot
141 hp550024GSFPHITAA2Slot
142 hpMoonshot45XGc
143 hp12910AC
144 hpFF593032QSFPPlus
145 hpFF593032QSFPPlusTAA
146 hpeFF7904
147 hp12916AC
148 hp12916DC
149 hpFF5900CP48XG4QSFPPlus
150 hp5900CP48XG4QSFPPlus8GbFCBF
151 hp6125XLGTAA
152 hp6125GXGTAA
153 hp6125GTAA
154 hp512024G4SFPXI2Slot
155 hp512048G4SFPXI2Slot
156 hp512024GPoEPlus4SFPXI2Slot
157 hp512048GPoEPlus4SFPXI2Slot
158 hp512024G4SFPXITAA2Slot
159 hp512048G4SFPXITAA2Slot
160 hp512024GPoEPlus4SFPXITAA2Slot
161 hp512048GPoEPlus4SFPXITAA2Slot
162 hp19208G
163 hp19208GPoEPlus65W
164 hp19208GPoEPlus180W
165 hp192016G
166 hp192024G
167 hp192024GPoEPlus180W
168 hp192024GPoEPlus370W
169 hp192048G
170 hp192048GPoEPlus370W
171 hpFF570040XG2QSFPPlusTAA
172 hpFF570040XG2QSFPPlus
173 hpFF570032XGT8XG2QSFPPlusTAA
174 hpFF570032XGT8XG2QSFPPlus
175 hpFF570048G4XG2QSFPPlusTAA
176 hpFF570048G4XG2QSFPPlus
177 hp16208G
178 hp162024G
179 hp162048G
180 hp195024G2SFPPlus2XGT
181 hp195048G2SFPPlus2XGT
182 hp195024G2SFPPlus2XGTPoEPlus
183 hp195048G2SFPPlus2XGTPoEPlus
184 hp513024G4SFPPlusEI
185 hp513024GSFP4SFPPlusEI
186 hp513048G4SFPPlusEI
187 hp513024GPoEPlus4SFPPlus180WEI
188 hp513024GPoEPlus4SFPPlus370WEI
189 hp513048GPoEPlus4SFPPlus370WEI
190 hp513024G2SFPPlus2XGTEI
191 hp513048G2SFPPlus2XGTEI
192 hp513024GPoEPlus2SFPPlus2XGT370WEI
193 hp513048GPoEPlus2SFPPlus2XGT370WEI
194 hp513024G4SFPPlusEITAA
195 hp513024GSFP4SFPPlusEITAA
196 hp513048G4SFPPlusEITAA
197 hp513024GPoEPlus4SFPPlus180WEITAA
198 hp513024GPoEPlus4SFPPlus370WEITAA
199 hp513048GPoEPlus4SFPPlus370WEITAA
200 hp513024G2SFPPlus2XGTEITAA
201 hp513048G2SFPPlus2XGTEITAA
202 hp513024GPoEPlus2SFPPlus2XGT370WEITAA
203 hp513048GPoEPlus2SFPPlus2XGT370WEITAA
204 hpeFF7910
205 hp5900AF48G4XG2QSFPPlusTAA
206 hp5900AF48XGT4QSFPPlusTAA
207 hpFF5900CP48XG4QSFPPlusTAA
208 hp513024G4SFPPlusEIBrazil
209 hp513048G4SFPPlusEIBrazil
210 hp513024GPoEPlus4SFPPlus370WEIBrazil
211 hp513048GPoEPlus4SFPPlus370WEIBrazil
212 hpThunderBird
213 hpeFF12916E
214 hpNJ50005GPoEPlusWalljack
215 hp551024G4SFPPlusHI1Slot
216 hp551048G4SFPPlusHI1Slot
217 hp551024GPoEPlus4SFPPlusHI1Slot
218 hp551048GPoEPlus4SFPPlusHI1Slot
219 hp551024GSFP4SFPPlusHI1Slot
220 hp551024G4SFPPlusHITAA1Slot
221 hp551048G4SFPPlusHITAA1Slot
222 hp551024GPoEPlus4SFPPlusHITAA1Slot
223 hp551048GPoEPlus4SFPPlusHITAA1Slot
224 hp551024GSFP4SFPPlusHITAA1Slot
225 hpeFF12910ACTAA
226 hpeFF7904TAA
227 hpeFF7910TAA
228 hp6127XLG
229 hpFF59302Slot2QSFPPlus
230 hpFF59302Slot2QSFPPlusTAA
231 hpFF59304Slot
232 hpFF59304SlotTAA
233 hp6127XLGTAA
234 hp195012XGT4SFPPlus
235 hpeFF12916ETAA
236 hpeFF12908E
237 hpeFF12908ETAA
238 hpMoonshot45GcR10
239 hpMoonshot45XGcR16
240 hpMoonshot180XGcR16
241 hpMoonshot180XGcR40
242 hpeFF12904E
243 hpeFF12904ETAA
244 hp513024G4SFPPlus1SlotHI
245 hp513048G4SFPPlus1SlotHI
246 hp513024GPoEPlus4SFPPlus1SlotHI
247 hp513048GPoEPlus4SFPPlus1SlotHI
248 hp513024GPoEPlus4SFPPlus1SlotTAAHI
249 hp513048GPoEPlus4SFPPlus1SlotTAAHI
250 hp512048GSI
251 hp512016GSI
252 hp512024GSI
253 hp512024GPoEPlus370WSI
254 hp51208GPoEPlus65WSI
255 hp51208GPoEPlus180WSI
256 hp7502JD242C
257 hp7503JD240C
258 hp7506JD239C
259 hp7510JD238C
260 hpFF595032Q28
261 hpFF595032Q28TAA
262 hpFF590048XG4QSFF
263 hpFF590048XG4QSFFTAA
264 hpeFF594048SFPPlus6QSFP28
265 hpeFF594048XGT6QSFP28
266 hpeFF594048XGT6QSFPPlus
267 hpeFF594048SFPPlus6QSFPPlus
268 hpeFF594032QSFPPlus
269 hpeFF59402Slot
270 hpeFF59404Slot
271 hpeFF594048SFPPlus6QSFP28TAA
272 hpeFF594048XGT6QSFP28TAA
273 hpeFF12912E
274 hpevLNS1000
275 hpevLNS2000
276 hpeFF595048SFP288QSFP28
277 hpeFF59504slot
278 hpeFF12902E
279 hpS58V3R652XG4QSFP2SFPPLUS
280 hpS58V3R652XG4QSFP2SFPPLUSTAA
281 hpeFF12901E
282 hpe5980-48SFP-6QSFP28-ExtTable
283 hpe5980-48SFP-6QSFP28
284 hpeFlexFabric-5955-64QSFP28
285 hpeFlexFabric-5945-48SFP28-8QSFP28
286 hpeFlexFabric-5945-4-slot
287 hpe5710-30HF
288 hpe5710-54HF
289 hpe5710-54HT
`,
  },
  // The HP routers, wireless and security products of the same module, named as the switches are.
  {
    module: 'HH3C-PRODUCT-ID-MIB',
    manufacturer: 'h3c',
    parent: 'hpRouter',
    // HH3C-OID-MIB: hpNetworking ::= { hh3c 11 }; HH3C-PRODUCT-ID-MIB: hpRouter ::= { hpNetworking 2 }
    oid: '1.3.6.1.4.1.25506.11.2',
    keepSymbol: true,
    source: {
      title: 'New H3C Technologies (Hangzhou H3C Tech. Co.), HH3C-PRODUCT-ID-MIB V1.59 and HH3C-OID-MIB, as Observium ships them: the HP MSR, HSR, VSR and A-series routers under hpRouter ::= { hpNetworking 2 }',
      url: 'https://github.com/DanielleHuisman/observium-community-edition/blob/main/mibs/h3c/HH3C-PRODUCT-ID-MIB',
      date: '2018-03-15',
    },
    products: `
1 hpAMSR900
2 hpAMSR920
3 hpAMSR2010
4 hpAMSR2011
5 hpAMSR2012
6 hpAMSR2012T
7 hpAMSR2013
8 hpAMSR2020
9 hpAMSR2021
10 hpAMSR2040
11 hpAMSR3010
12 hpAMSR3011E
13 hpAMSR3011F
14 hpAMSR3016
15 hpAMSR3020
16 hpAMSR3040
17 hpAMSR3060
18 hpAMSR5040
19 hpAMSR5060
20 hpA6602
21 hpA6604
22 hpA6608
23 hpA6616
24 hpAMSR900W
25 hpAMSR900WNA
26 hpAMSR920W
27 hpAMSR920WNA
28 hpAMSR2012W
29 hpAMSR2012TW
30 hpAMSR2012TWNA
31 hpAMSR2013W
32 hpAMSR2013WNA
33 hpAMSR2020S
34 hpAMSR2021S
35 hpAMSR2040S
36 hpAMSR3010DC
37 hpAMSR3016POE
38 hpAMSR3020AS
39 hpAMSR3020POE
40 hpAMSR3020DC
41 hpAMSR3040AS
42 hpAMSR3040POE
43 hpAMSR3040DC
44 hpAMSR3060AS
45 hpAMSR3060POE
46 hpAMSR3060DC
47 hpAMSR5040DC
48 hpAMSR5060DC
49 hpA8805
50 hpA8808
51 hpA8812
52 hpAOAPFICV2
53 hpAOAPMIMV2
54 hpAOAPSMIMV2
55 hpMSR2003AC
56 hpMSR3012AC
57 hpMSR3012DC
58 hpMSR3024AC
59 hpMSR3024DC
60 hpMSR3024POE
61 hpMSR3044
62 hpMSR3064
63 hpMSR4060
64 hpMSR4080
65 hpHSR6602G
66 hpHSR6602XG
67 hpHSR6802
68 hpHSR6804
69 hpHSR6808
70 hpMSR930
71 hpMSR930G
72 hpMSR931
73 hpMSR931G
74 hpMSR931GG
75 hpMSR930W
76 hpMSR9304GLTEV
77 hpMSR933
78 hpMSR933G
79 hpMSR935
80 hpMSR935W
81 hpMSR935G
82 hpMSR936W
83 hpMSR9304GLTEG
84 hpMSR930LE
85 hpMSR930GLE
86 hpMSR931LE
87 hpMSR931GLE
88 hpMSR931DGLE
89 hpMSR930WLE
90 hpMSR9304GLTEA
91 hpMSR933GLE
92 hpMSR935LE
93 hpMSR935WLE
94 hpMSR935GLE
95 hpMSR9304GLTEGLE
96 hpVSR
97 hpVSR1001
98 hpVSR1004
99 hpVSR1008
100 hpMSR10038
101 hpMSR100414
102 hpVSR1000
103 hpMSR200424
104 hpMSR200448
105 hpHSR6602GTAA
106 hpHSR6602XGTAA
107 hpMSR10024
108 hpNSC1000
109 hpMSR930WNA
110 hpMSR935WNA
111 hpMSR2003TAA
112 hpMSR3024TAA
113 hpMSR3044TAA
114 hpMSR935TI
115 hpMSR933TI
116 hpMSR931TI
117 hpMSR10038S
118 hpMSR932
119 hpMSR932W
120 hpMSR932WNA
121 hpMSR9328
122 hpMSR9328W
123 hpMSR9328WNA
124 hpVBRAS1000
125 hpHSR6802E
126 hpHSR6804E
127 hpHSR6808E
128 hpMSR93204GLTEGV2
129 hpMSR93204GLTEAVS
130 hpMSR954
131 hpMSR954W
132 hpMSR954WLTEAM
133 hpMSR954WLTE
134 hpMSR958
135 hpMSR958POE
136 hpMSR930B
137 hpMSR930GB
138 hpMSR931B
139 hpMSR931GB
140 hpMSR931DGB
141 hpMSR935B
142 hpMSR935GB
143 hpMSR930WNAB
144 hpMSR954D4G
145 hpMSR3012ACE
146 hpMSR951R-W-AM
147 hpMSR951R-W-WW
148 hpMSR3004
`,
  },
  {
    module: 'HH3C-PRODUCT-ID-MIB',
    manufacturer: 'h3c',
    parent: 'hpWireless',
    // HH3C-OID-MIB: hpNetworking ::= { hh3c 11 }; HH3C-PRODUCT-ID-MIB: hpWireless ::= { hpNetworking 3 }
    oid: '1.3.6.1.4.1.25506.11.3',
    keepSymbol: true,
    source: {
      title: 'New H3C Technologies (Hangzhou H3C Tech. Co.), HH3C-PRODUCT-ID-MIB V1.59 and HH3C-OID-MIB, as Observium ships them: the HP wireless access points and controllers under hpWireless ::= { hpNetworking 3 }',
      url: 'https://github.com/DanielleHuisman/observium-community-edition/blob/main/mibs/h3c/HH3C-PRODUCT-ID-MIB',
      date: '2018-03-15',
    },
    products: `
1 hpAWA2610EAGNFAT
2 hpAWA2620EAGNFAT
3 hpAWA2620AGNFAT
4 hpA7500LSQM3WCMB0
5 hpA9500LSRM2WCM2A1
6 hpA5800LSWM2WCM10
7 hpA5800LSWM2WCM20
8 hpAWX5004EWPXZ65004
9 hpAWX5002EWPXZ75002
10 hpA3000E
11 hpA3000ELSW
12 hpAWA3620AGN
13 hpAWA3622AGN
14 hpAWA3610GN
15 hpAWA2620XAGN
16 hpLSU3WCMD0
17 hpWX3024EWCM
18 hpWX3024ELSW
19 hpWX3010EWCM
20 hpWX3010ELSW
21 hpLSU3WCMD0TAA
22 hpWX3024ETAAWCM
23 hpWX3024ETAALSW
24 hpWX3010ETAAWCM
25 hpWX3010ETAALSW
`,
  },
  {
    module: 'HH3C-PRODUCT-ID-MIB',
    manufacturer: 'h3c',
    parent: 'hpSecurity',
    // HH3C-OID-MIB: hpNetworking ::= { hh3c 11 }; HH3C-PRODUCT-ID-MIB: hpSecurity ::= { hpNetworking 4 }
    oid: '1.3.6.1.4.1.25506.11.4',
    keepSymbol: true,
    source: {
      title: 'New H3C Technologies (Hangzhou H3C Tech. Co.), HH3C-PRODUCT-ID-MIB V1.59 and HH3C-OID-MIB, as Observium ships them: the HP firewall and security blades and appliances under hpSecurity ::= { hpNetworking 4 }',
      url: 'https://github.com/DanielleHuisman/observium-community-edition/blob/main/mibs/h3c/HH3C-PRODUCT-ID-MIB',
      date: '2018-03-15',
    },
    products: `
1 hpSecBladeIMFWII
2 hpSecBladeIMSSL
3 hpSecBladeIMLB
4 hpSecBladeLSQ1FWBSC0
5 hpSecBladeLSQM1LBC0
6 hpSecBladeLSQ1NSMSC0
7 hpSecBladeLSR1FW2A1
8 hpSecBladeLSR1LB1A1
9 hpSecBladeLSR1NSM1A1
10 hpSecBladeLST1FW2A1
11 hpSecBladeLST1LB1A1
12 hpSecBladeLST1NSM1A1
13 hpSecBladeLSWM1FW10
14 hpSecBladeSPEFWM200
15 hpAF5000
16 hpAF1000E
17 hpAU200S
18 hpAU200A
19 hpAF1000SEI
20 hpAF1000AEI
21 hpSecBladeLST1FW3A1
22 hpSecBladeLSU1FWCEA0
23 hpF5000C
24 hpF5000S
25 hpVFW1000
26 hpSecBladeLSX1FWCEA1
27 hpVMSGVLB1000
28 hpSecBlade3Context
29 hpvFW2000
30 hpvLB2000
`,
  },
  {
    module: 'DAHUA-SNMP-MIB',
    // The module's product nodes are kinds of device, not models: shown as written. Dahua's
    // recorders have been seen reporting another arc (LibreNMS tests/snmpsim/dahua-nvr.snmprec:
    // 1.3.6.1.4.1.1004849.3.2.10, which this module does not define): those name the maker only.
    manufacturer: 'dahua',
    parent: 'products',
    // dahua ::= { enterprises 1004849 }, device ::= { dahua 2 }, products ::= { device 10 }
    oid: '1.3.6.1.4.1.1004849.2.10',
    keepSymbol: true,
    source: {
      title: 'Dahua Technology, DAHUA-SNMP-MIB (LAST-UPDATED 201405101112Z, "the private Dahua SNMP MIB extensions for all the device"), as LibreNMS ships it: dvr, nvr and ipc under products ::= { device 10 }',
      url: 'https://github.com/librenms/librenms/blob/master/mibs/dahua/DAHUA-SNMP-MIB',
      date: '2014-05-10',
    },
    products: `
1 dvr
2 nvr
3 ipc
`,
  },
  {
    module: 'ERICSSON-ROUTER-PRODUCT-MIB',
    // Ericsson's IPOS routers (SSR, Router 6000) and the SMS and SmartEdge lines before them, which
    // LibreNMS names Redback Networks' (its seos definition): the module renamed its RBN assignments
    // in 2015 ("Updated RBN/rbn/Rbn as ERICSSON-ROUTER/eriRouter/EriRouter"). The SmartEdge nodes are
    // named as the module's chassis nodes name them (eriRouterEntChassisSE800 for
    // eriRouterSmartEdge800), the router nodes as their descriptions do ("(Router) router6672"). Left
    // out: the obsolete nodes the module comments out (5 to 9), SFFUM (99), which no description names
    // as a router, and the 6273 and 6671 that LibreNMS takes at .44 and .45, which this edition of the
    // module does not define.
    manufacturer: 'ericsson',
    parent: 'eriRouterProducts',
    // ERICSSON-ROUTER-SMI: eriRouterSMI ::= { ericsson 218 }, eriRouterProducts ::= { eriRouterSMI 1 };
    // ericsson is enterprises 193, as LibreNMS's ericsson-ipos definition shows (1.3.6.1.4.1.193.218.1.40
    // for the 6672).
    oid: '1.3.6.1.4.1.193.218.1',
    symbolPrefix: 'eriRouter',
    source: {
      title: 'Ericsson AB, ERICSSON-ROUTER-PRODUCT-MIB (LAST-UPDATED 201709121800Z, "Enterprise Product and Entity Assignments") and ERICSSON-ROUTER-SMI, as LibreNMS ships them: the products under eriRouterProducts; LibreNMS ericsson-ipos OS definition (193.218.1.40 to .43 for the 6672, 6274, 6675, 6371 and 6471; .17 to .19 for the SSR 8020, 8010 and 8004)',
      url: 'https://github.com/librenms/librenms/blob/master/mibs/ericsson/ERICSSON-ROUTER-PRODUCT-MIB',
      date: '2017-09-12',
    },
    products: `
1 eriRouterSMS1000
2 eriRouterSMS500
3 eriRouterSMS1800
4 eriRouterSMS10000
10 eriRouterSmartEdge800 SE800
11 eriRouterSmartEdge400 SE400
12 eriRouterSmartEdge100 SE100
13 eriRouterSmartEdge1200 SE1200
14 eriRouterSM480
15 eriRouterSmartEdge600 SE600
16 eriRouterSM240
17 eriRouterSSR8020
18 eriRouterSSR8010
19 eriRouterSSR8004
20 eriRouterSP415
21 eriRouterSP420
40 eriRouterrouter6672 Router6672
41 eriRouterrouter6274 Router6274
42 eriRouterrouter6675 Router6675
43 eriRouterrouter6x71 Router6x71
`,
  },
]

let table: ProductOidTable | undefined

/**
 * The table of `PRODUCT_OID_MODULES`, indexed on first use and shared by every catalog and reader of
 * the thread: the data is fixed, and indexing its ~2,100 lines took ~30 ms each time.
 */
export function productOidTable(): ProductOidTable {
  return (table ??= buildProductOidTable(PRODUCT_OID_MODULES))
}
