#!/usr/bin/env python3
"""The bad-input corpus of deploy/bad-input.sh: requests no client should send, sent to every write
endpoint. Each must be refused with a 4xx problem+json (413 too large, 415 wrong type, 400 or 422
otherwise), within 15 s, and the service must still answer /healthz afterwards.

    bad_input_corpus.py BASE_URL      # keys and object ids in the environment, see `context`

Prints one line per group of cases (`bad-input: ok    GROUP (N requests)` or `bad-input: FAIL ...`
with examples) and `bad-input: requests sent N`; exits 1 when a group failed.

Requests go over a raw socket rather than urllib: the corpus needs bytes no HTTP library will send
(invalid UTF-8, raw NUL) and must stop sending a 10 MiB body as soon as the server has answered,
as curl does, instead of dying on the reset that follows the server's 413.
"""
import base64
import json
import os
import re
import select
import socket
import sys
import time
from collections import defaultdict
from urllib.parse import quote, urlsplit

TIMEOUT = 15
SQL = "'; DROP TABLE workers; --"
MIB = 1 << 20
# Every field of an allocation request is optional: `{}` allocates the caller's whole scope.
EMPTY_OBJECT_VALID = {"/v1/allocations"}


def context():
    env = os.environ
    return {k: env[k.upper()] for k in (
        "admin_key", "origin_key", "worker_id", "employer_id", "vacancy_id", "placement_id",
        "bureau_id", "training_base_id", "month", "today", "pairing_id", "park_id", "enterprise_id",
        "claim_id", "alert_id", "pairing_receiving", "talent_id", "decision_id")}


def credit_code(sequence):
    """A GB 32100 unified social credit code with a right check character, not yet registered."""
    alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    prefix = f"91640121MA{sequence:07d}"
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    total = sum(alphabet.index(ch) * w for ch, w in zip(prefix, weights))
    return prefix + alphabet[(31 - total % 31) % 31]


# ---- the wire ------------------------------------------------------------------------------

class Server:
    def __init__(self, base):
        parts = urlsplit(base)
        self.host, self.port = parts.hostname, parts.port

    def send(self, method, path, headers, body, chunked=False):
        """Returns (status, content_type, seconds, error, body): status 0 when no answer came."""
        start = time.monotonic()
        head = [f"{method} {path} HTTP/1.1", f"Host: {self.host}:{self.port}", "Connection: close"]
        head += [f"{k}: {v}" for k, v in headers.items()]
        if body is not None:
            head.append("Transfer-Encoding: chunked" if chunked else f"Content-Length: {len(body)}")
        payload = ("\r\n".join(head) + "\r\n\r\n").encode("utf-8")
        if body is not None:
            payload += b"".join(
                b"%x\r\n%s\r\n" % (len(body[i:i + 65536]), body[i:i + 65536]) for i in range(0, len(body), 65536)
            ) + b"0\r\n\r\n" if chunked else body
        try:
            sock = socket.create_connection((self.host, self.port), timeout=TIMEOUT)
        except OSError as error:
            return 0, "", time.monotonic() - start, f"connect: {error}", b""
        received = b""
        try:
            sent = 0
            while sent < len(payload):
                readable, writable, _ = select.select([sock], [sock], [], TIMEOUT)
                if readable:
                    break  # the server answered early (413, 415): stop sending, like curl
                if not writable:
                    return 0, "", time.monotonic() - start, "timeout while sending", b""
                try:
                    sent += sock.send(payload[sent:sent + 65536])
                except (BrokenPipeError, ConnectionResetError):
                    break
            while time.monotonic() - start < TIMEOUT:
                try:
                    chunk = sock.recv(65536)
                except socket.timeout:
                    break
                except ConnectionResetError:
                    break
                if not chunk:
                    break
                received += chunk
                if b"\r\n\r\n" in received and complete(received):
                    break
        finally:
            sock.close()
        elapsed = time.monotonic() - start
        if b"\r\n" not in received:
            return 0, "", elapsed, "no answer" if elapsed < TIMEOUT else "timeout", b""
        status_line, _, rest = received.partition(b"\r\n")
        try:
            status = int(status_line.split()[1])
        except (IndexError, ValueError):
            return 0, "", elapsed, f"bad status line {status_line[:60]!r}", b""
        content_type = ""
        head, _, body = rest.partition(b"\r\n\r\n")
        for line in head.split(b"\r\n"):
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-type":
                content_type = value.strip().decode("latin-1")
        return status, content_type, elapsed, "", body

    def healthy(self):
        return self.send("GET", "/healthz", {}, None)[0] == 200


# Three English words in a row: a sentence, not a field name (snake_case), a code or a unit.
ENGLISH = re.compile(r"[A-Za-z]{2,}(?: [A-Za-z]{2,}){2,}")


def english_sentence(body):
    """The first English run in a problem document's title, detail or field messages, or None."""
    try:
        document = json.loads(body)
    except ValueError:
        return "an unreadable body"
    texts = [document.get("title", ""), document.get("detail", "")]
    texts += [error.get("message", "") for error in document.get("errors") or []]
    for text in texts:
        # A command to run is quoted as typed (`minning pii rotate`).
        found = ENGLISH.search(re.sub(r"minning [a-z -]+", "", str(text)))
        if found:
            return found.group(0)
    return None


def complete(response):
    """True once a Content-Length response is whole (others end when the server closes)."""
    head, _, body = response.partition(b"\r\n\r\n")
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return len(body) >= int(value.strip())
    return False


# ---- the corpus ----------------------------------------------------------------------------

def endpoints(c):
    """Each write endpoint: a valid body, and its fields by kind. `text` is free text, `code` a
    string with a format (code, date, id, enum), `int` an integer with its minimum; a field that
    accepts null is marked `nullable` and gets no null case."""
    worker = {
        "name": "马小花", "id_number": "640422199001011239", "phone": "13812345678",
        "origin_region_code": "640422", "education": "junior_secondary", "poverty_status": "monitored",
        "monitored_kind": "unstable",
        "skills": [{"occupation_code": "7533", "certificate": "缝纫工", "level": 4}],
        "preferred_destinations": ["350100"], "preferred_occupations": ["8153"],
        "expected_monthly_wage_fen": 450000, "needs_housing": True, "available_from": "2026-12-01",
        "consent": {"given_on": "2026-11-20", "scope": "employment matching", "method": "written", "recorded_by": "李文"},
    }
    worker_fields = {
        "name": "text", "id_number": "code", "phone": "code", "origin_region_code": "code", "education": "code",
        "poverty_status": "code", "monitored_kind": "code", "skills": "array", "skills.0.occupation_code": "code",
        "skills.0.certificate": "text", "skills.0.level": ("int", 1), "preferred_destinations": "array",
        "preferred_destinations.0": "code", "expected_monthly_wage_fen": ("int", 0), "needs_housing": "bool",
        "available_from": "code", "consent": "object", "consent.given_on": "code", "consent.scope": "text",
        "consent.method": "code", "consent.recorded_by": "text",
    }
    vacancy = {
        "employer_id": c["employer_id"], "title": "缝纫工", "occupation_code": "7533", "openings": 5,
        "wage_min_fen": 400000, "wage_max_fen": 600000, "housing_provided": True, "meals_provided": False,
        "work_region_code": "350102", "starts_on": "2027-01-01", "closes_on": "2027-02-01", "min_age": 18,
        "required_certificates": ["7533"],
    }
    vacancy_fields = {
        "employer_id": "code", "title": "text", "occupation_code": "code", "openings": ("int", 1),
        "wage_min_fen": ("int", 1), "wage_max_fen": ("int", 1), "housing_provided": "bool",
        "work_region_code": "code", "starts_on": "code", "min_age": ("int", 16), "required_certificates": "array",
    }
    employer = {
        "name": "福州闽宁服装有限公司", "credit_code": "91350100MA0099001E", "region_code": "350102",
        "industry_code": "C", "size": "medium", "contact_name": "陈明", "contact_phone": "13912345678",
    }
    employer_fields = {k: ("text" if k in ("name", "contact_name") else "code") for k in employer}
    admin, origin = c["admin_key"], c["origin_key"]
    return [
        ("POST", "/v1/workers", worker, worker_fields, [admin, origin]),
        ("PATCH", f"/v1/workers/{c['worker_id']}", {"name": "马小花", "expected_monthly_wage_fen": 500000, "skills": []},
         {"name": "text", "expected_monthly_wage_fen": ("int", 0), "skills": "array"}, [admin, origin]),
        ("POST", f"/v1/workers/{c['worker_id']}/consent-withdrawal", {"withdrawn_on": c["today"]},
         {"withdrawn_on": "code"}, [admin]),
        ("POST", "/v1/employers", employer, employer_fields, [admin]),
        ("PATCH", f"/v1/employers/{c['employer_id']}", {"contact_name": "陈明"}, {"contact_name": "text"}, [admin]),
        ("POST", "/v1/vacancies", vacancy, vacancy_fields, [admin]),
        ("PATCH", f"/v1/vacancies/{c['vacancy_id']}", {"openings": 3, "wage_max_fen": 700000},
         {"openings": ("int", 1), "wage_max_fen": ("int", 1)}, [admin]),
        ("POST", "/v1/allocations", {"worker_filter": {"region_code": "640422"}, "dry_run": False},
         {"worker_filter": "object", "worker_filter.region_code": "code", "dry_run": "bool"}, [admin, origin]),
        ("POST", "/v1/placements", {"worker_id": c["worker_id"], "vacancy_id": c["vacancy_id"]},
         {"worker_id": "code", "vacancy_id": "code"}, [admin, origin]),
        ("POST", f"/v1/placements/{c['placement_id']}/transitions", {"to": "separated", "on": c["today"], "reason": "回乡"},
         {"to": "code", "on": "code", "reason": "text"}, [admin]),
        ("POST", f"/v1/placements/{c['placement_id']}/months", {"month": c["month"], "wage_paid_fen": 400000, "verified_by": "陈明"},
         {"month": "code", "wage_paid_fen": ("int", 0, "nullable"), "verified_by": "text"}, [admin]),
        ("POST", "/v1/bureaus", {"name": "测试县人力资源和社会保障局", "kind": "origin_labor_bureau", "region_code": "640422"},
         {"name": "text", "kind": "code", "region_code": "code"}, [admin]),
        ("POST", f"/v1/bureaus/{c['bureau_id']}/keys", {"role": "origin_bureau", "label": "测试"},
         {"role": "code", "label": "text"}, [admin]),
        ("POST", "/v1/training-bases", {"name": "测试培训基地", "operator_college_name": "测试学院", "region_code": "640402",
                                        "occupations": ["5322"], "capacity_per_cohort": 30},
         {"name": "text", "region_code": "code", "occupations": "array", "capacity_per_cohort": ("int", 1)}, [admin]),
        ("POST", f"/v1/training-bases/{c['training_base_id']}/enrolments",
         {"worker_id": c["worker_id"], "occupation_code": "5322", "starts_on": "2027-01-01", "ends_on": "2027-02-01"},
         {"worker_id": "code", "occupation_code": "code", "starts_on": "code", "ends_on": "code"}, [admin]),
        ("PATCH", f"/v1/training-bases/{c['training_base_id']}", {"name": "测试培训基地", "capacity_per_cohort": 35},
         {"name": "text", "capacity_per_cohort": ("int", 1)}, [admin]),
        # No enrolment exists: every body here is refused before the enrolment is looked for.
        ("PATCH", f"/v1/training-bases/{c['training_base_id']}/enrolments/00000000-0000-4000-8000-000000000000",
         {"outcome": "certified", "certificate": "缝纫工", "level": 4},
         {"outcome": "code", "certificate": "text", "level": ("int", 1)}, [admin]),
        ("POST", f"/v1/placements/{c['placement_id']}/corrections", {"fact": "hired_on", "to": c["today"], "reason": "录入错误"},
         {"fact": "code", "to": "code", "reason": "text"}, [admin]),
        ("POST", f"/v1/placements/{c['placement_id']}/month-corrections",
         {"month": c["month"], "worked": True, "wage_paid_fen": 400000, "reason": "工资单更正"},
         {"month": "code", "worked": "bool", "wage_paid_fen": ("int", 0, "nullable"), "reason": "text"}, [admin]),
        ("POST", f"/v1/alerts/{c['alert_id']}/acknowledgement", {"note": "已电话核实"}, {"note": "text"}, [admin]),
        ("POST", "/v1/ledger/entries",
         {"kind": "commitment", "pairing_id": int(c["pairing_id"]), "year": int(c["today"][:4]), "amount_fen": 100000,
          "entry_date": c["today"], "document_number": "闽财〔测试〕1号"},
         {"kind": "code", "pairing_id": ("int", 1), "year": ("int", 1996), "amount_fen": ("int", 1), "entry_date": "code",
          "document_number": "text"}, [admin]),
        ("POST", "/v1/projects", {"pairing_id": int(c["pairing_id"]), "category": "labor_cooperation", "title": "测试项目",
                                  "budget_fen": 100000},
         {"pairing_id": ("int", 1), "category": "code", "title": "text", "budget_fen": ("int", 0)}, [admin]),
        ("POST", "/v1/subsidies/evaluations", {"as_of": c["today"]}, {"as_of": "code"}, [admin]),
        ("POST", f"/v1/subsidies/claims/{c['claim_id']}/transitions", {"to": "rejected", "reason": "材料不全"},
         {"to": "code", "reason": "text"}, [admin]),
        ("POST", "/v1/parks", {"name": "测试产业园", "region_code": "640121", "established_on": "2018-06-01"},
         {"name": "text", "region_code": "code", "established_on": "code"}, [admin]),
        ("POST", f"/v1/parks/{c['park_id']}/enterprises",
         {"name": "测试企业", "credit_code": credit_code(9901), "relocated_from_region_code": "350102", "industry_code": "C",
          "investment_fen": 100000000, "entered_on": "2020-01-01"},
         {"name": "text", "credit_code": "code", "relocated_from_region_code": "code", "industry_code": "code",
          "investment_fen": ("int", 0), "entered_on": "code"}, [admin]),
        ("PUT", f"/v1/parks/{c['park_id']}/enterprises/{c['enterprise_id']}/years/2025",
         {"jobs": 100, "local_hires": 80, "priority_hires": 20, "output_value_fen": 100000000},
         {"jobs": ("int", 0), "local_hires": ("int", 0), "priority_hires": ("int", 0), "output_value_fen": ("int", 0)}, [admin]),
        ("POST", f"/v1/parks/{c['park_id']}/enterprises/{c['enterprise_id']}/investments",
         {"arrived_on": c["today"], "amount_fen": 100000, "evidence_ref": "验资报告 1 号"},
         {"arrived_on": "code", "amount_fen": ("int", 1), "evidence_ref": "text"}, [admin]),
        ("PUT", f"/v1/parks/{c['park_id']}/enterprises/{c['enterprise_id']}/headcounts/{c['today']}",
         {"jobs": 100, "lifted_jobs": 30, "local_jobs": 80}, {"jobs": ("int", 0), "lifted_jobs": ("int", 0), "local_jobs": ("int", 0)}, [admin]),
        ("PUT", f"/v1/pairings/{c['pairing_id']}/targets/{c['today'][:4]}", {"targets": {"cadres_sent": 3}, "reason": "年度协议"},
         {"targets": "object", "targets.cadres_sent": ("int", 0), "reason": "text"}, [admin]),
        ("POST", "/v1/talent",
         {"pairing_id": int(c["pairing_id"]), "kind": "teacher", "direction": "to_ningxia", "person_name": "陈老师", "home_unit": "派出单位",
          "host_unit": "接收单位", "post": "教师", "starts_on": c["today"]},
         {"pairing_id": ("int", 1), "kind": "code", "direction": "code", "person_name": "text", "home_unit": "text", "host_unit": "text",
          "post": "text", "starts_on": "code"}, [admin]),
        ("PATCH", f"/v1/talent/{c['talent_id']}", {"post": "副校长"}, {"post": "text"}, [admin]),
        ("POST", "/v1/consumption",
         {"pairing_id": int(c["pairing_id"]), "buyer_name": "采购单位", "buyer_kind": "union", "product_category": "wolfberry",
          "origin_region_code": c["pairing_receiving"], "amount_fen": 100000, "purchased_on": c["today"], "evidence_ref": "凭证 1"},
         {"pairing_id": ("int", 1), "buyer_name": "text", "buyer_kind": "code", "product_category": "code", "origin_region_code": "code",
          "amount_fen": ("int", 1), "purchased_on": "code", "evidence_ref": "text"}, [admin]),
        ("POST", "/v1/donations",
         {"pairing_id": int(c["pairing_id"]), "donor_name": "捐赠方", "donor_kind": "enterprise", "form": "money", "value_fen": 100000,
          "received_on": c["today"]},
         {"pairing_id": ("int", 1), "donor_name": "text", "donor_kind": "code", "form": "code", "value_fen": ("int", 1), "received_on": "code"}, [admin]),
        ("POST", "/v1/meetings",
         {"held_on": c["today"], "level": "province", "place": "银川", "attendee_units": ["宁夏闽宁办"],
          "decisions": [{"task": "组织劳务专列", "owner_bureau_id": c["bureau_id"], "due_on": c["today"]}]},
         {"held_on": "code", "level": "code", "place": "text", "attendee_units": "array", "attendee_units.0": "text", "decisions": "array",
          "decisions.0.task": "text", "decisions.0.owner_bureau_id": "code", "decisions.0.due_on": "code"}, [admin]),
        ("PATCH", f"/v1/meeting-decisions/{c['decision_id']}", {"status": "open", "progress": "已联系企业"},
         {"status": "code", "progress": "text"}, [admin]),
    ]


def with_value(body, path, value, delete=False):
    """A copy of `body` with the field at dotted `path` replaced (or removed)."""
    copy = json.loads(json.dumps(body))
    *parents, last = path.split(".")
    node = copy
    for part in parents:
        node = node[int(part)] if isinstance(node, list) else node[part]
    key = int(last) if isinstance(node, list) else last
    if delete:
        del node[key]
    else:
        node[key] = value
    return copy


def encode(value):
    return json.dumps(value, ensure_ascii=False).encode("utf-8")


def raw_field(body, path, raw):
    """`body` as JSON bytes with the field at `path` holding the raw JSON text `raw` (bytes), for
    values json.dumps cannot write: 1e400, -0, invalid UTF-8, a raw NUL."""
    marker = "\u2603MARKER\u2603"
    return encode(with_value(body, path, marker)).replace(encode(marker), raw)


def field_cases(body, fields):
    """(group, label, body bytes) for every field of `body` by its kind."""
    for path, kind in fields.items():
        kind, minimum, nullable = (kind, None, False) if isinstance(kind, str) else (kind[0], kind[1], len(kind) > 2)
        types = {"text": ["string"], "code": ["string"], "int": ["integer"], "bool": ["boolean"],
                 "array": ["array"], "object": ["object"]}[kind]
        for name, value in [("string", "x"), ("integer", 7), ("boolean", True), ("array", []), ("object", {}),
                            ("null", None), ("float", 2.5)]:
            if name in types or (name == "null" and nullable) or (name == "string" and kind in ("text", "code")):
                continue
            if name == "float" and kind != "int":
                continue
            yield "wrong types", f"{path}={name}", encode(with_value(body, path, value))
        if kind in ("text", "code"):
            yield "long strings", f"{path}=100k chars", encode(with_value(body, path, "字" * 100_000))
            yield "NUL bytes", f"{path} with \\u0000", encode(with_value(body, path, "a\u0000b"))
            yield "NUL bytes", f"{path} with a raw NUL", raw_field(body, path, b'"a\x00b"')
            for label, raw in [("\\xff", b'"a\xffb"'), ("overlong /", b'"a\xc0\xafb"'), ("UTF-8 surrogate", b'"a\xed\xa0\x80b"'),
                               ("cut sequence", b'"a\xe5\xad"'), ("\\ud800", b'"a\\ud800b"')]:
                yield "invalid UTF-8", f"{path} {label}", raw_field(body, path, raw)
        if kind == "code":
            yield "SQL-looking strings", f"{path}=SQL", encode(with_value(body, path, SQL))
            yield "SQL-looking strings", f"{path}=SQL in a value", encode(with_value(body, path, f"1{SQL}"))
        if kind == "text":
            # Free text may hold SQL; paired with an unknown field it must still be refused whole.
            yield "SQL-looking strings", f"{path}=SQL + unknown field", encode({**with_value(body, path, SQL), "x": SQL})
        if kind == "int":
            for raw in [b"1e400", b"-1e400", b"99999999999999999999999", b"-99999999999999999999999",
                        b"9223372036854775808", b"1.5", b"0x10", b"NaN", b"Infinity", b"+1", b"01"]:
                yield "huge and odd numbers", f"{path}={raw.decode()}", raw_field(body, path, raw)
            if minimum >= 1:
                yield "huge and odd numbers", f"{path}=-0", raw_field(body, path, b"-0")
            if minimum >= 0:
                group = "negative money" if path.endswith("_fen") else "huge and odd numbers"
                for raw in [b"-1", b"-100000", b"-9223372036854775808"]:
                    yield group, f"{path}={raw.decode()}", raw_field(body, path, raw)
            yield "wrong types", f"{path}=\"123\"", encode(with_value(body, path, "123"))
        if kind in ("array", "object"):
            yield "deep nesting", f"{path} nested 10k", raw_field(body, path, b"[" * 10_000 + b"]" * 10_000)
        if kind == "array":
            yield "wrong types", f"{path}=[null]", encode(with_value(body, path, [None]))
            yield "wrong types", f"{path}=[[...]]", encode(with_value(body, path, [[[1]]]))


def body_cases(body):
    """(group, label, body bytes, content type, chunked) for the body as a whole."""
    valid = encode(body)
    json_type = "application/json"
    for label, raw in [("{", b"{"), ("}", b"}"), ("[]", b"[]"), ("null", b"null"), ("1", b"1"), ('"x"', b'"x"'),
                       ("{}{}", b"{}{}"), ("trailing garbage", valid + b" x"), ("two objects", valid + valid),
                       ("single quotes", valid.replace(b'"', b"'")), ("trailing comma", valid[:-1] + b",}"),
                       ("comment", b"// c\n" + valid), ("bare key", b"{name: 1}"), ("NaN", b'{"x": NaN}'),
                       ("blank", b"   \n  "), ("BOM only", b"\xef\xbb\xbf")]:
        yield "malformed JSON", label, raw, json_type, False
    for cut in (1, len(valid) // 3, len(valid) // 2, len(valid) - 1):
        yield "truncated JSON", f"cut at {cut}/{len(valid)}", valid[:cut], json_type, False
    yield "empty body", "no bytes", b"", json_type, False
    yield "empty body", "no body at all", None, json_type, False
    yield "deep nesting", "10k [", b"[" * 10_000 + b"]" * 10_000, json_type, False
    yield "deep nesting", "10k {", b'{"a":' * 10_000 + b"1" + b"}" * 10_000, json_type, False
    yield "deep nesting", "10k [ unclosed", b"[" * 10_000, json_type, False
    filler = {**body, "padding": "a" * (10 * MIB)}
    yield "too large", "10 MiB", encode(filler), json_type, False
    yield "too large", "10 MiB chunked", encode(filler), json_type, True
    yield "too large", "1 MiB + 1", encode({**body, "padding": "a" * MIB}), json_type, False
    for content_type in ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                         "application/xml", "", None]:
        yield "wrong content type", f"Content-Type: {content_type}", valid, content_type, False
    # The same key twice is ambiguous (parsers differ on which one wins): refused, whichever order.
    first = next(iter(body))
    for label, dup in [("wrong value first", b'"' + first.encode() + b'": 12345, '),
                       ("wrong value last", None)]:
        raw = (b"{" + dup + valid[1:]) if dup else (valid[:-1] + b', "' + first.encode() + b'": 12345}')
        yield "duplicate keys", f"{first} twice, {label}", raw, json_type, False
    yield "unknown and missing fields", "unknown field", encode({**body, "unknown": 1}), json_type, False
    yield "unknown and missing fields", "empty object", b"{}", json_type, False


def cases(c):
    for method, path, body, fields, keys in endpoints(c):
        for key in keys:
            role = "admin" if key == c["admin_key"] else "origin"
            base = {"Authorization": f"Bearer {key}"}
            if method == "PATCH":
                base["If-Match"] = "*"
            for group, label, raw, content_type, chunked in body_cases(body):
                if label == "empty object" and path in EMPTY_OBJECT_VALID:
                    continue
                headers = dict(base)
                if content_type is not None:
                    headers["Content-Type"] = content_type
                expected = {"too large": {413}, "wrong content type": {415}}.get(group, {400, 422})
                yield group, f"{method} {path} ({role}) {label}", method, path, headers, raw, chunked, expected
            if role != "admin":
                continue  # field by field once, with the key that may do everything
            for group, label, raw in field_cases(body, fields):
                headers = {**base, "Content-Type": "application/json"}
                yield group, f"{method} {path} {label}", method, path, headers, raw, False, {400, 422}
    # Ids in the path: SQL, NUL and a very long segment are not ids.
    admin = {"Authorization": f"Bearer {c['admin_key']}", "Content-Type": "application/json", "If-Match": "*"}
    for segment in [SQL, "\u0000", "x" * 10_000, "../../etc/passwd", "1e400"]:
        path = "/v1/workers/" + quote(segment, safe="")
        yield "SQL-looking strings", f"PATCH /v1/workers/{segment[:30]!r}", "PATCH", path, admin, b'{"name":"x"}', False, {400, 404, 422}
    # Request lines the HTTP parser cannot read: answered 400 problem+json, not an empty 400.
    for label, path in [("raw UTF-8 in the query", "/v1/occupations?q=缝纫"), ("a space in the path", "/v1/wor kers"),
                        ("a control byte", "/v1/workers?a=\x01"), ("raw UTF-8 in the path", "/v1/workers/马小花")]:
        yield "unreadable request lines", label, "GET", path, {"Authorization": f"Bearer {c['admin_key']}"}, None, False, {400}
    # Cursors that decode but hold a time PostgreSQL cannot store (22008 was a 500 once).
    reader = {"Authorization": f"Bearer {c['admin_key']}"}
    for micros in [2**63 - 1, -(2**63), 10**19, -1, 10**17 * 3]:
        token = base64.urlsafe_b64encode(f"{micros}|00000000-0000-4000-8000-000000000000".encode()).decode().rstrip("=")
        for path in ["/v1/workers", "/v1/employers", "/v1/vacancies", "/v1/placements"]:
            yield "extreme cursors", f"GET {path}?cursor=<{micros}>", "GET", f"{path}?cursor={token}", reader, None, False, {422}


def main():
    server = Server(sys.argv[1])
    c = context()
    results = defaultdict(lambda: [0, []])
    sent = 0
    for group, label, method, path, headers, body, chunked, expected in cases(c):
        status, content_type, seconds, error, answer = server.send(method, path, headers, body, chunked)
        sent += 1
        problem = content_type.split(";")[0].strip() == "application/problem+json"
        results[group][0] += 1
        if status not in expected or not problem:
            results[group][1].append(f"{label}: {status or error} {content_type or '-'} after {seconds:.1f} s")
        elif english := english_sentence(answer):
            # No Accept-Language was sent: the answer must be in the default language, Chinese.
            results[group][1].append(f"{label}: {status} answers in English: {english!r}")
        if not server.healthy():
            results[group][1].append(f"{label}: the service no longer answers /healthz")
            print(f"bad-input: FAIL  {group}: the service stopped answering after {label}")
            break
    failed = 0
    for group, (count, failures) in results.items():
        if failures:
            failed += 1
            print(f"bad-input: FAIL  {group}: {len(failures)} of {count} requests not refused as expected")
            for line in failures[:6]:
                print(f"    {line}")
        else:
            print(f"bad-input: ok    {group} ({count} requests)")
    print(f"bad-input: requests sent {sent}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
