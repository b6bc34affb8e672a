"""The home page (newest records), the archives (years and months with their counts),
a page per year and per month, and the site's feed. Each list is one pass over the
records, already sorted newest first."""

from __future__ import annotations

from itertools import groupby

from .catalog import RecordItem
from .page_keys import PageWriter

# A year's archive page lists its records when it has at most this many; above, it
# lists its months (each month's page lists its records).
YEAR_LIST_MAX = 300


def write_lists(pages: PageWriter, dated: list[RecordItem], undated_count: int = 0) -> None:
    settings = pages.generator.settings
    # The home page counts the undated records too and links their list: reports that
    # give a day without a year are common, and without the link a reader of the home
    # page would take the dated count for the whole archive.
    pages.page(
        "index.html",
        "index",
        records=dated[: settings["ARCHIVE_HOME_RECORDS"]],
        total=len(dated),
        undated_count=undated_count,
    )
    years = []
    for year, in_year in groupby(dated, key=lambda i: i.date.year):
        in_year = list(in_year)
        months = []
        for month, in_month in groupby(in_year, key=lambda i: i.date.month):
            in_month = list(in_month)
            months.append((month, len(in_month)))
            pages.page(
                settings["MONTH_ARCHIVE_SAVE_AS"].format(date=in_month[0].date),
                "period_archives",
                dates=in_month,
                period_num=(year, month),
            )
        pages.page(
            settings["YEAR_ARCHIVE_SAVE_AS"].format(date=in_year[0].date),
            "period_archives",
            dates=in_year if len(in_year) <= YEAR_LIST_MAX else [],
            months=months,
            count=len(in_year),
            period_num=(year,),
        )
        years.append((year, len(in_year), months))
    pages.page(settings["ARCHIVES_SAVE_AS"], "archives", years=years, total=len(dated))
    if settings.get("ARCHIVE_FEED_ALL"):
        pages.feed(dated, settings["ARCHIVE_FEED_ALL"], "", limit=settings["FEED_MAX_ITEMS"])
