#!/usr/bin/env python3
"""The analyst-notebook job Otklik's benchmark compares itself with: pandas + VADER.

Reads a review (or survey) export with pandas, scores every text with VADER's compound score and
prints the mean per company (reviews) or per district (survey). This is what an analyst would write
in a notebook; VADER reads English only, so Russian texts mostly score 0.

    python3 bench/pandas_vader.py reviews.csv [--kind reviews|survey]

Rows pandas cannot parse are skipped (on_bad_lines="skip"); an unterminated quote at the end of the
file is cut off before parsing, since pandas' C parser otherwise stops the whole read.
"""
import argparse
import io
import sys
import time

import pandas as pd
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

TEXT_COLUMNS = {
    "reviews": ["Текст отзыва"],
    "survey": ["Почему?", "Что вы любите есть и где?", "Чего не хватает в вашем районе?"],
}
GROUP_COLUMN = {"reviews": "Компания", "survey": "Ваш район"}


def read(path):
    """The CSV as a DataFrame; retried without the file's tail when pandas hits EOF inside a string."""
    try:
        return pd.read_csv(path, dtype=str, keep_default_na=False, on_bad_lines="skip")
    except pd.errors.ParserError:
        with open(path, "rb") as handle:
            data = handle.read()
        cut = data.rfind(b"\n", 0, data.rfind(b'"'))
        return pd.read_csv(io.BytesIO(data[: cut + 1]), dtype=str, keep_default_na=False, on_bad_lines="skip")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path")
    parser.add_argument("--kind", choices=sorted(TEXT_COLUMNS), default="reviews")
    args = parser.parse_args()

    start = time.perf_counter()
    frame = read(args.path)
    read_seconds = time.perf_counter() - start

    analyzer = SentimentIntensityAnalyzer()
    scores = []
    for column in TEXT_COLUMNS[args.kind]:
        frame[column + " score"] = [analyzer.polarity_scores(text)["compound"] for text in frame[column]]
        scores.append(column + " score")
    frame["score"] = frame[scores].mean(axis=1)
    means = frame.groupby(GROUP_COLUMN[args.kind])["score"].mean().sort_values()
    total = time.perf_counter() - start

    print(f"rows: {len(frame)}  read: {read_seconds:.2f} s  total: {total:.2f} s", file=sys.stderr)
    print(means.to_string())


if __name__ == "__main__":
    main()
