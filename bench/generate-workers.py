#!/usr/bin/env python3
"""Writes N invented workers as an import CSV (valid ID numbers, phones, codes), seeded so that
the same N and seed always give the same file.

    bench/generate-workers.py 100000 > /tmp/workers.csv
    bench/generate-workers.py 10000 --bad-line 5000 --encoding gb18030 > /tmp/bad.csv
"""
import argparse
import datetime
import random
import sys

WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHECK = "10X98765432"
SURNAMES = "马田李王杨张海金白丁何苏虎冶"
GIVEN = ["小花", "建国", "文", "秀英", "海", "志强", "兰", "玉梅", "明", "春燕", "国庆", "学军", "红", "忠"]
SKILLS = ["7533:缝纫工:4", "8153", "7212:焊工:3", "8212", "9313", "7411:电工:4", "8322", "5120:中式烹调师:4", "7126"]
OCCUPATIONS = ["8153", "8212", "7212", "9313", "7411", "8322", "5120"]
DESTINATIONS = ["350100", "350200", "350500", "350600", "350181", "350102"]


def id_number(county, birth, sequence):
    body = f"{county}{birth:%Y%m%d}{sequence:03d}"
    return body + CHECK[sum(int(d) * w for d, w in zip(body, WEIGHTS)) % 11]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("count", type=int)
    parser.add_argument("--county", default="640422")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--bad-line", type=int, help="give this file line (2 = first row) a wrong check character")
    parser.add_argument("--encoding", default="utf-8", choices=["utf-8", "utf-8-sig", "gb18030"])
    args = parser.parse_args()
    rng = random.Random(args.seed)
    out = open(sys.stdout.fileno(), "w", encoding=args.encoding, newline="")
    out.write("name,id_number,phone,origin_region_code,education,poverty_status,monitored_kind,skills,"
              "preferred_destinations,preferred_occupations,expected_monthly_wage_fen,needs_housing,available_from,"
              "consent_given_on,consent_method,consent_recorded_by\r\n")
    start = datetime.date(1966, 1, 1)
    used = set()
    for row in range(args.count):
        while True:
            birth = start + datetime.timedelta(days=rng.randrange(14000))
            # The last digit of the sequence is the seed's: files of different seeds never share a person.
            sequence = rng.randrange(100) * 10 + args.seed % 10
            number = id_number(args.county, birth, sequence)
            if number not in used:
                used.add(number)
                break
        if args.bad_line == row + 2:
            number = number[:17] + ("0" if number[17] != "0" else "1")
        poverty = rng.choice(["none", "none", "lifted", "monitored", "dibao"])
        kind = rng.choice(["unstable", "marginal", "sudden_hardship"]) if poverty == "monitored" else ""
        skills = "|".join(rng.sample(SKILLS, rng.randrange(0, 3)))
        destinations = "|".join(rng.sample(DESTINATIONS, rng.randrange(0, 3)))
        occupations = "|".join(rng.sample(OCCUPATIONS, rng.randrange(0, 2)))
        out.write(",".join([
            rng.choice(SURNAMES) + rng.choice(GIVEN), number, f"13{rng.randrange(10**9):09d}", args.county,
            rng.choice(["primary", "junior_secondary", "senior_secondary", "junior_college"]), poverty, kind,
            skills, destinations, occupations, str(rng.randrange(350000, 800000, 5000)),
            rng.choice(["true", "false"]), "2026-12-01", "2026-11-01", "written", "王书记",
        ]) + "\r\n")


main()
