"""The Republic of China's calendar, as Taiwan pages date their stamps and leads: the year
of the Republic is the Gregorian year less 1911 (民国113年 is 2024). One constant, read by
the furniture step (a page's stamp) and the dates step (a lead's date), which may not
import each other."""

ROC_OFFSET = 1911
