#!/usr/bin/env python3
"""Writes docs/openapi.json, the OpenAPI 3.1 document of the Minning API.

The document is generated so that the region codes a request may carry come from Seeds/regions.csv
(the set a request is checked against) rather than being copied by hand. `--check` exits 1 when
docs/openapi.json differs from what this script would write; the test command runs it.
Edit this file, run it, commit both.
"""
import csv
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
with open(ROOT / "Seeds" / "regions.csv", encoding="utf-8") as f:
    REGIONS = [row["code"] for row in csv.DictReader(f)]
with open(ROOT / "Seeds" / "regions.csv", encoding="utf-8") as f:
    FUJIAN_COUNTIES = [row["code"] for row in csv.DictReader(f) if row["code"].startswith("35") and row["level"] == "county"]
ORIGIN_PROVINCES = ("64", "14", "34", "36", "41", "42", "43", "15", "45", "50", "51", "52", "53", "54", "61", "62", "63", "65")
P = "application/problem+json"
def ref(n): return {"$ref": f"#/components/schemas/{n}"}
def problem(desc): return {"description": desc, "content": {P: {"schema": ref("Problem")}}}
R = {
 "400": {"$ref": "#/components/responses/Malformed"},
 "401": {"$ref": "#/components/responses/Unauthorized"},
 "403": {"$ref": "#/components/responses/Forbidden"},
 "404": {"$ref": "#/components/responses/NotFound"},
 "409": {"$ref": "#/components/responses/Conflict"},
 "413": {"$ref": "#/components/responses/TooLarge"},
 "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
 "422": {"$ref": "#/components/responses/Invalid"},
 "429": {"$ref": "#/components/responses/RateLimited"},
 "503": {"$ref": "#/components/responses/Unavailable"},
}
def errs(*codes): return {c: R[c] for c in codes}
def ok(schema, desc="OK", code="200"):
    return {code: {"description": desc, "headers": {"X-Request-Id": {"$ref": "#/components/headers/RequestId"}}, "content": {"application/json": {"schema": schema}}}}
def items(n): return {"type": "object", "required": ["items"], "additionalProperties": False, "properties": {"items": {"type": "array", "items": ref(n)}}}
def qp(name, schema, desc): return {"name": name, "in": "query", "required": False, "schema": schema, "description": desc}
def pp(name, schema, desc): return {"name": name, "in": "path", "required": True, "schema": schema, "description": desc}
region_code = {"type": "string", "pattern": "^[1-9][0-9]{5}$", "description": "GB/T 2260 code", "examples": ["640422"]}
uuid = {"type": "string", "format": "uuid"}
reqid = [{"name": "X-Request-Id", "in": "header", "required": False, "schema": {"type": "string"}, "description": "Echoed on the response when it is 1–128 printable ASCII characters; replaced by a generated id otherwise."}]
def op(opid, summary, tags, responses, params=None, body=None, security=True, desc=None):
    o = {"operationId": opid, "summary": summary, "tags": tags, "parameters": (params or []) + reqid, "responses": responses}
    if desc: o["description"] = desc
    if body: o["requestBody"] = {"required": True, "content": {"application/json": {"schema": body}}}
    if not security: o["security"] = []
    return o
auth = ("400", "401", "429", "503")
idempotency_key = {"name": "Idempotency-Key", "in": "header", "required": False,
  "schema": {"type": "string", "minLength": 1, "maxLength": 200, "pattern": "^[!-~]+$"},
  "description": "A retry with the same key and the same body returns the first response and creates nothing; the same key with another body is 422. Keys are remembered for seven days (a worker's consent withdrawal forgets the key of their registration at once)."}
# A pattern rather than `format: date` with a pattern: generators filter the combination too hard.
# An impossible day such as 2023-02-30 passes the pattern and is refused with 422.
day = {"type": "string", "pattern": "^(19|20)[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$", "description": "A calendar date YYYY-MM-DD, 1900–2099"}
# A report's first and last day: its year runs to 2100 (the reports take 1996–2100), one more than a
# date a client sends.
report_day = {"type": "string", "pattern": "^((19|20)[0-9]{2}|2100)-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$", "description": "A calendar date YYYY-MM-DD, 1900–2100"}
paths = {
 "/healthz": {"get": op("getHealth", "Process is alive", ["operations"], ok(ref("Health")), security=False)},
 "/readyz": {"get": op("getReadiness", "Database reachable and no migration pending", ["operations"], {**ok(ref("Health")), "503": R["503"]}, security=False)},
 "/metrics": {"get": op("getMetrics", "Prometheus metrics: requests by route and status, latency histograms, allocations, subsidy evaluations, ledger entries (admin)", ["operations"],
    {"200": {"description": "Prometheus text format", "content": {"text/plain": {"schema": {"type": "string"}}}}, **errs("401", "403")})},
 "/openapi.json": {"get": op("getOpenAPI", "This document", ["operations"], ok({"type": "object"}), security=False)},
 "/v1/vocabulary": {"get": op("getVocabulary", "Every coded value (education, poverty status, placement and claim statuses, roles, ledger entry kinds, …) with its Chinese and English label; public reference data", ["reference"],
     {**ok(items("VocabularyTerm")), **errs("422")}, security=False)},
 "/v1/imports/{kind}/template.csv": {"get": op("getImportTemplate", "The template of an import file: its header row in Chinese (UTF-8 with a byte-order mark, for Excel); money columns headed 元 take yuan", ["reference"],
     {"200": {"description": "CSV", "content": {"text/csv": {"schema": {"type": "string"}}}}, **errs(*auth, "404", "422")},
     params=[pp("kind", {"type": "string", "enum": ["workers", "employers", "vacancies"]}, "What the file holds")])},
 "/v1/me": {"get": op("getMe", "The calling key, its bureau and scope", ["auth"], {**ok(ref("Me")), **errs(*auth)})},
 "/v1/regions": {"get": op("listRegions", "List GB/T 2260 regions", ["reference"], {**ok(items("Region")), **errs(*auth, "422")},
    params=[qp("parent", region_code, "Only the direct children of this region."), qp("level", {"type": "string", "enum": ["province", "prefecture", "county"]}, "Only regions of this level.")])},
 "/v1/regions/{code}": {"get": op("getRegion", "One region", ["reference"], {**ok(ref("Region")), **errs(*auth, "404")}, params=[pp("code", {"type": "string"}, "GB/T 2260 code")])},
 "/v1/occupations": {"get": op("listOccupations", "List ISCO-08 occupation groups", ["reference"], {**ok(items("Occupation")), **errs(*auth, "422")},
    params=[qp("parent", {"type": "string", "pattern": "^[0-9]{1,3}$"}, "Only the direct children of this group."), qp("level", {"type": "string", "enum": ["major", "sub_major", "minor", "unit"]}, "Only groups of this level.")])},
 "/v1/industries": {"get": op("listIndustries", "List GB/T 4754-2017 industry sections", ["reference"], {**ok(items("Industry")), **errs(*auth, "422")})},
 "/v1/pairings": {"get": op("listPairings", "List pairings (结对帮扶): Fujian–Ningxia east–west ones and Fujian's own 山海协作 ones", ["reference"], {**ok(items("Pairing")), **errs(*auth, "422")},
    params=[qp("region", region_code, "Pairings with this region, or a region under it, on either side."), qp("year", {"type": "integer", "minimum": 1996, "maximum": 2100}, "Only pairings active in this year.")])},
 "/v1/bureaus": {
   "get": op("listBureaus", "List bureaus in the caller's scope", ["bureaus"], {**ok(items("Bureau")), **errs(*auth, "422")},
     params=[qp("kind", ref("BureauKind"), "Only bureaus of this kind."), qp("limit", {"type": "integer", "minimum": 1, "maximum": 500, "default": 100}, "Page size."), qp("offset", {"type": "integer", "minimum": 0, "maximum": 1000000, "default": 0}, "Rows to skip.")]),
   "post": op("createBureau", "Register a bureau (admin)", ["bureaus"], {**ok(ref("Bureau"), "Created", "201"), **errs(*auth, "403", "409", "413", "415", "422")}, body=ref("BureauCreate"))},
 "/v1/bureaus/{id}": {"get": op("getBureau", "One bureau, when it is in the caller's scope", ["bureaus"], {**ok(ref("Bureau")), **errs(*auth, "404")}, params=[pp("id", uuid, "Bureau id")])},
 "/v1/bureaus/{id}/keys": {
   "get": op("listBureauKeys", "List a bureau's API keys (admin; never the secrets)", ["auth"], {**ok(items("ApiKey")), **errs(*auth, "403", "404")}, params=[pp("id", uuid, "Bureau id")]),
   "post": op("createBureauKey", "Issue an API key for a bureau (admin); the secret is shown once", ["auth"], {**ok(ref("CreatedKey"), "Created", "201"), **errs(*auth, "403", "404", "409", "413", "415", "422")}, params=[pp("id", uuid, "Bureau id")], body=ref("KeyCreate"))},
 "/v1/keys/{id}": {"delete": op("revokeKey", "Revoke an API key (admin)", ["auth"], {**ok(ref("ApiKey")), **errs(*auth, "403", "404")}, params=[pp("id", uuid, "Key id")])},
 "/v1/employers": {
   "post": op("createEmployer", "Register a Fujian employer (destination bureau whose scope holds its county, admin)", ["employers"],
     {**ok(ref("Employer"), "Created; a retry with the same Idempotency-Key and body returns this response again", "201"), **errs(*auth, "403", "409", "413", "415", "422")},
     params=[idempotency_key], body=ref("EmployerCreate"),
     desc="The unified social credit code is checked (GB 32100 check character); a second employer with the same code is 409."),
   "get": op("listEmployers", "List employers (every bureau), newest first", ["employers"], {**ok(ref("EmployerPage")), **errs(*auth, "422")},
     params=[qp("region", region_code, "Employers of this region or below it."), qp("industry", ref("IndustryCode"), "Only this GB/T 4754 section."),
             qp("size", ref("EmployerSize"), "Only this size class."),
             qp("limit", {"type": "integer", "minimum": 1, "maximum": 200, "default": 50}, "Page size."),
             qp("cursor", {"type": "string", "pattern": "^[A-Za-z0-9_-]{1,100}$"}, "`next_cursor` of the previous page; a cursor this API did not issue is 422.")])},
 "/v1/employers/{id}": {
   "get": op("getEmployer", "One employer", ["employers"], {**ok(ref("Employer")), **errs(*auth, "404")}, params=[pp("id", uuid, "Employer id")]),
   "patch": op("updateEmployer", "Change an employer; If-Match with the ETag read is required", ["employers"],
     {**ok(ref("Employer")), **errs(*auth, "403", "404", "413", "415", "422"), "412": problem("The employer changed since it was read."), "428": problem("If-Match is missing.")},
     params=[pp("id", uuid, "Employer id"), {"name": "If-Match", "in": "header", "required": True, "schema": {"type": "string"}, "description": "The ETag of the employer as read, e.g. \"3\", or *."}],
     body=ref("EmployerPatch"))},
 "/v1/vacancies": {
   "post": op("createVacancy", "Post a vacancy for an employer in the caller's scope (destination bureau, admin)", ["vacancies"],
     {**ok(ref("Vacancy"), "Created; a retry with the same Idempotency-Key and body returns this response again", "201"), **errs(*auth, "403", "409", "413", "415", "422")},
     params=[idempotency_key], body=ref("VacancyCreate"),
     desc="wage_min_fen may not be below Fujian's minimum wage of the work county (Seeds/minimum_wages.csv)."),
   "get": op("listVacancies", "List vacancies: open ones for everyone, closed ones within the caller's scope", ["vacancies"],
     {**ok(ref("VacancyPage")), **errs(*auth, "422")},
     params=[qp("status", ref("VacancyStatus"), "Only this status."), qp("occupation", {"type": "string", "pattern": "^[0-9]{1,4}$"}, "In this ISCO-08 group."),
             qp("work_region", region_code, "Work region at or below this region."), qp("employer_id", uuid, "Only this employer's."),
             qp("limit", {"type": "integer", "minimum": 1, "maximum": 200, "default": 50}, "Page size."),
             qp("cursor", {"type": "string", "pattern": "^[A-Za-z0-9_-]{1,100}$"}, "`next_cursor` of the previous page; a cursor this API did not issue is 422.")])},
 "/v1/vacancies/{id}": {
   "get": op("getVacancy", "One vacancy (open, or closed within the caller's scope)", ["vacancies"], {**ok(ref("Vacancy")), **errs(*auth, "404")}, params=[pp("id", uuid, "Vacancy id")]),
   "patch": op("updateVacancy", "Change or close a vacancy; If-Match with the ETag read is required", ["vacancies"],
     {**ok(ref("Vacancy")), **errs(*auth, "403", "404", "413", "415", "422"), "412": problem("The vacancy changed since it was read."), "428": problem("If-Match is missing.")},
     params=[pp("id", uuid, "Vacancy id"), {"name": "If-Match", "in": "header", "required": True, "schema": {"type": "string"}, "description": "The ETag of the vacancy as read, e.g. \"3\", or *."}],
     body=ref("VacancyPatch"))},
 "/v1/training-bases": {
   "post": op("createTrainingBase", "Register a training base in an origin county (origin bureau or cooperation office in scope, admin)", ["training"],
     {**ok(ref("TrainingBase"), "Created; a retry with the same Idempotency-Key and body returns this response again", "201"), **errs(*auth, "403", "409", "413", "415", "422")},
     params=[idempotency_key], body=ref("TrainingBaseCreate")),
   "get": op("listTrainingBases", "List training bases (every bureau)", ["training"], {**ok(items("TrainingBase")), **errs(*auth, "422")},
     params=[qp("region", region_code, "Bases in this region or below it."), qp("occupation", {"type": "string", "pattern": "^[0-9]{4}$"}, "Bases teaching this unit group."),
             qp("limit", {"type": "integer", "minimum": 1, "maximum": 200, "default": 100}, "Most bases returned.")])},
 "/v1/training-bases/{id}": {
   "get": op("getTrainingBase", "One training base", ["training"], {**ok(ref("TrainingBase")), **errs(*auth, "404")}, params=[pp("id", uuid, "Training base id")])},

 "/v1/training-bases/{id}/enrolments": {
   "post": op("createEnrolment", "Enrol a worker of the caller's scope (origin bureau, admin); the worker is then in training", ["training"],
     {**ok(ref("Enrolment"), "Created", "201"), **errs(*auth, "403", "404", "409", "413", "415", "422")}, params=[pp("id", uuid, "Training base id"), idempotency_key], body=ref("EnrolmentCreate")),
   "get": op("listEnrolments", "Enrolments at a base of the caller's workers (origin bureau, admin)", ["training"], {**ok(items("Enrolment")), **errs(*auth, "403", "404")},
     params=[pp("id", uuid, "Training base id")])},
 "/v1/training-bases/{id}/enrolments/{enrolment}": {"patch": op("recordEnrolmentOutcome",
     "Record how training ended; certified adds the skill and certificate to the worker. If-Match required", ["training"],
     {**ok(ref("Enrolment")), **errs(*auth, "403", "404", "409", "413", "415", "422"), "412": problem("The enrolment changed since it was read."), "428": problem("If-Match is missing.")},
     params=[pp("id", uuid, "Training base id"), pp("enrolment", uuid, "Enrolment id"),
             {"name": "If-Match", "in": "header", "required": True, "schema": {"type": "string"}, "description": "The enrolment's version as read, e.g. \"1\", or *."}],
     body=ref("EnrolmentOutcome"))},
 "/v1/workers": {
   "post": op("createWorker", "Register a worker (origin bureau, admin)", ["workers"],
     {**ok(ref("Worker"), "Created; a retry with the same Idempotency-Key and body returns this response again", "201"), **errs(*auth, "403", "409", "413", "415", "422")},
     params=[idempotency_key], body=ref("WorkerCreate"),
     desc="The ID number is checked (GB 11643 check character, real birth date, age 16–65) and encrypted at rest; the response masks it. Registering a person twice is 409."),
   "get": op("listWorkers", "List workers: full (masked) for origin bureaus in scope, candidate profiles of available workers for destination bureaus", ["workers"],
     {**ok(ref("WorkerPage")), **errs(*auth, "403", "422")},
     params=[qp("region", region_code, "Workers of this region or below it."), qp("status", ref("WorkerStatus"), "Only this status."),
             qp("poverty_status", ref("PovertyStatus"), "Only this poverty status (not for destination bureaus: 403)."),
             qp("occupation", {"type": "string", "pattern": "^[0-9]{1,4}$"}, "A skill in this ISCO-08 group, at any level."),
             qp("updated_since", {"type": "string", "format": "date-time", "maxLength": 40}, "Changed at or after this time."),
             qp("available_by", day, "Available to start on or before this day (an impossible day such as 2023-02-30 is 422)."),
             qp("id_number", {"type": "string", "pattern": "^[0-9]{17}[0-9Xx]$"}, "The one worker with this 身份证号, found through its lookup hash (a wrong check character is 422). Every such search is written to the audit log, found or not. Not for destination bureaus (403)."),
             qp("name", {"type": "string", "minLength": 1, "maxLength": 50}, "Names starting with this text (马小 finds 马小花). Not for destination bureaus (403)."),
             qp("limit", {"type": "integer", "minimum": 1, "maximum": 200, "default": 50}, "Page size."),
             qp("cursor", {"type": "string", "pattern": "^[A-Za-z0-9_-]{1,100}$"}, "`next_cursor` of the previous page; a cursor this API did not issue is 422.")])},
 "/v1/workers/{id}": {
   "get": op("getWorker", "One worker (masked); for a destination bureau, what the visibility table gives it: the worker without the origin side's fields once they accepted its job, else a candidate profile", ["workers"],
     {**ok({"oneOf": [ref("Worker"), ref("EmployedWorker"), ref("Candidate")]}), **errs(*auth, "403", "404")}, params=[pp("id", uuid, "Worker id")]),
   "patch": op("updateWorker", "Change a worker; If-Match with the ETag read is required", ["workers"],
     {**ok(ref("Worker")), **errs(*auth, "403", "404", "409", "413", "415", "422"), "412": problem("The worker changed since it was read."), "428": problem("If-Match is missing.")},
     params=[pp("id", uuid, "Worker id"), {"name": "If-Match", "in": "header", "required": True, "schema": {"type": "string"}, "description": "The ETag of the worker as read, e.g. \"3\", or *."}],
     body=ref("WorkerPatch"))},
 "/v1/workers/{id}/personal-data": {"get": op("getWorkerPersonalData", "The unmasked ID number and phone (origin bureau, admin); every read is audited", ["workers"],
     {**ok(ref("PersonalData")), **errs(*auth, "403", "404", "409")}, params=[pp("id", uuid, "Worker id")])},
 "/v1/workers/{id}/consent-withdrawal": {"post": op("withdrawWorkerConsent", "Record that the worker withdrew consent: personal data is erased, the worker becomes inactive", ["workers"],
     {**ok(ref("Worker")), **errs(*auth, "403", "404", "409", "413", "415", "422")}, params=[pp("id", uuid, "Worker id")], body=ref("ConsentWithdrawal"))},
}
kinds = ["origin_labor_bureau", "destination_labor_bureau", "cooperation_office", "oversight", "operator"]
roles = ["admin", "origin_bureau", "destination_bureau", "cooperation_office", "observer"]
def obj(props, required=None):
    return {"type": "object", "additionalProperties": False, "required": required if required is not None else list(props), "properties": props}
ts = {"type": "string", "format": "date-time"}
# No control characters, and at least one character that is not blank (the server's blank set).
NOT_CONTROL = "[^\\u0000-\\u001f\\u007f-\\u009f]"
NOT_BLANK = "[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]"
name_schema = {"type": "string", "minLength": 1, "maxLength": 200, "pattern": f"^{NOT_CONTROL}*{NOT_BLANK}{NOT_CONTROL}*$"}
def text_field(max_length):
    return {"type": "string", "minLength": 1, "maxLength": max_length, "pattern": f"^{NOT_CONTROL}*{NOT_BLANK}{NOT_CONTROL}*$"}
wage = {"type": "integer", "minimum": 1, "maximum": 10000000}
age = {"type": "integer", "minimum": 16, "maximum": 65}
vacancy_fields = {
    "title": text_field(200), "openings": {"type": "integer", "minimum": 1, "maximum": 10000},
    "wage_min_fen": wage, "wage_max_fen": wage, "housing_provided": {"type": "boolean"}, "meals_provided": {"type": "boolean"},
    "min_age": age, "max_age": age, "min_education": {"$ref": "#/components/schemas/EducationLevel"},
    "required_certificates": {"type": "array", "maxItems": 20, "items": {"type": "string", "pattern": "^[0-9]{4}$"}},
    "starts_on": day, "closes_on": day, "status": {"$ref": "#/components/schemas/VacancyStatus"},
}
def bureau_variant(kinds, region_schema):
    return obj({"name": name_schema, "kind": {"type": "string", "enum": kinds}, "region_code": ref(region_schema)})
schemas = {
 "Problem": {"type": "object", "required": ["type", "title", "status", "detail"], "description": "RFC 9457 problem details.",
   "properties": {"type": {"type": "string", "format": "uri"}, "title": {"type": "string"}, "status": {"type": "integer"}, "detail": {"type": "string"},
     "request_id": {"type": "string"}, "errors": {"type": "array", "items": ref("FieldIssue")}}},
 "FieldIssue": obj({"field": {"type": "string"}, "message": {"type": "string"}}),
 "Health": obj({"status": {"type": "string", "enum": ["ok", "ready"]}, "pending_migrations": {"type": "integer"}}, ["status"]),
 "Region": obj({"code": region_code, "name_zh": {"type": "string"}, "level": {"type": "string", "enum": ["province", "prefecture", "county"]},
   "parent_code": {"type": ["string", "null"]}, "key_assistance_county": {"type": "boolean", "description": "国家乡村振兴重点帮扶县"}}, ["code", "name_zh", "level", "key_assistance_county"]),
 "Occupation": obj({"code": {"type": "string"}, "level": {"type": "string", "enum": ["major", "sub_major", "minor", "unit"]}, "parent_code": {"type": ["string", "null"]},
   "name_en": {"type": "string"}, "name_zh": {"type": "string"}}, ["code", "level", "name_en", "name_zh"]),
 "Industry": obj({"code": {"type": "string", "pattern": "^[A-T]$"}, "name_zh": {"type": "string"}, "name_en": {"type": "string"}}),
 "PairingKind": {"type": "string", "enum": ["east_west", "mountain_sea"], "description": "east_west: 闽宁协作 with a Ningxia county; mountain_sea: Fujian's own 山海协作 (§二十七) with a Fujian mountain county."},
 "Pairing": obj({"id": {"type": "integer", "description": "What ledger entries and projects name the pairing by."}, "kind": ref("PairingKind"),
   "fujian_region_code": {**region_code, "description": "The giving side: a better-off Fujian region."},
   "ningxia_region_code": {**region_code, "description": "The receiving side: a Ningxia county, or for mountain_sea a Fujian mountain county."},
   "start_year": {"type": "integer"}, "end_year": {"type": ["integer", "null"]},
   "basis": {"type": "string", "enum": ["sourced", "illustrative"]}, "source": {"type": "string"}}, ["id", "kind", "fujian_region_code", "ningxia_region_code", "start_year", "basis", "source"]),
 "BureauKind": {"type": "string", "enum": kinds},
 "Role": {"type": "string", "enum": roles},
 "Bureau": obj({"id": uuid, "name": {"type": "string"}, "kind": ref("BureauKind"), "region_code": region_code, "created_at": ts}),
 "BureauCreate": {"description": "The kind decides where the bureau may be: origin labor bureaus in Ningxia or a central/western province, destination labor bureaus in Fujian, cooperation offices in Fujian or Ningxia.",
   "oneOf": [
     bureau_variant(["origin_labor_bureau"], "OriginRegionCode"),
     bureau_variant(["destination_labor_bureau"], "FujianRegionCode"),
     bureau_variant(["cooperation_office"], "CooperationRegionCode"),
     bureau_variant(["oversight", "operator"], "KnownRegionCode"),
   ]},
 "KnownRegionCode": {"type": "string", "description": "A GB/T 2260 code in Minning's region table", "enum": REGIONS},
 "OriginRegionCode": {"type": "string", "enum": [c for c in REGIONS if c[:2] in ORIGIN_PROVINCES]},
 "FujianRegionCode": {"type": "string", "enum": [c for c in REGIONS if c.startswith("35")]},
 "CooperationRegionCode": {"type": "string", "enum": [c for c in REGIONS if c[:2] in ("35", "64")]},
 "KeyCreate": obj({"role": ref("Role"), "label": {"type": "string", "maxLength": 200, "pattern": "^[^\\u0000-\\u001f\\u007f-\\u009f]*$", "description": "A note telling keys apart; may be empty."}}, ["role"]),
 "ApiKey": obj({"id": uuid, "bureau_id": uuid, "role": ref("Role"), "label": {"type": "string"}, "display_prefix": {"type": "string"},
   "created_at": ts, "last_used_at": {"type": ["string", "null"], "format": "date-time"}, "revoked_at": {"type": ["string", "null"], "format": "date-time"}},
   ["id", "bureau_id", "role", "label", "display_prefix", "created_at"]),
 "CreatedKey": obj({"key": ref("ApiKey"), "secret": {"type": "string", "description": "The API key. Shown once; only its SHA-256 is stored."}}),
 "IndustryCode": {"type": "string", "enum": [chr(c) for c in range(ord("A"), ord("T") + 1)]},
 "FujianCountyCode": {"type": "string", "enum": FUJIAN_COUNTIES},
 "EmployerSize": {"type": "string", "enum": ["micro", "small", "medium", "large"]},
 "EmployerCreate": obj({"name": text_field(200), "credit_code": {"type": "string", "pattern": "^[0-9A-HJ-NP-RTUW-Ya-hj-np-rtuw-y]{18}$", "description": "GB 32100: 18 characters, last one a check character"},
   "region_code": ref("FujianCountyCode"), "industry_code": ref("IndustryCode"), "size": ref("EmployerSize"),
   "contact_name": text_field(50), "contact_phone": {"type": "string", "pattern": "^1[3-9][0-9]{9}$"}}),
 "EmployerPatch": {**obj({"name": text_field(200), "industry_code": ref("IndustryCode"), "size": ref("EmployerSize"),
   "contact_name": text_field(50), "contact_phone": {"type": "string", "pattern": "^1[3-9][0-9]{9}$"}}, []), "minProperties": 1},
 "Employer": obj({"id": uuid, "name": {"type": "string"}, "credit_code": {"type": "string"}, "region_code": {"type": "string"},
   "industry_code": {"type": "string"}, "size": ref("EmployerSize"), "contact_name": {"type": "string"}, "contact_phone_masked": {"type": "string"},
   "registered_by_bureau_id": uuid, "version": {"type": "integer"}, "created_at": ts, "updated_at": ts}),
 "EmployerPage": obj({"items": {"type": "array", "items": ref("Employer")}, "next_cursor": {"type": ["string", "null"]}}, ["items"]),
 "VacancyStatus": {"type": "string", "enum": ["open", "closed"]},
 "VacancyCreate": obj({**vacancy_fields, "employer_id": uuid, "occupation_code": {"type": "string", "pattern": "^[0-9]{4}$"}, "work_region_code": ref("FujianCountyCode")},
   ["employer_id", "title", "occupation_code", "openings", "wage_min_fen", "wage_max_fen", "housing_provided", "meals_provided", "work_region_code", "starts_on", "closes_on"]),
 "VacancyPatch": {**obj(vacancy_fields, []), "minProperties": 1},
 "Vacancy": obj({"id": uuid, "employer_id": uuid, "title": {"type": "string"}, "occupation_code": {"type": "string"}, "openings": {"type": "integer"},
   "wage_min_fen": {"type": "integer"}, "wage_max_fen": {"type": "integer"}, "housing_provided": {"type": "boolean"}, "meals_provided": {"type": "boolean"},
   "work_region_code": {"type": "string"}, "min_age": {"type": "integer"}, "max_age": {"type": "integer"}, "min_education": ref("EducationLevel"),
   "required_certificates": {"type": "array", "items": {"type": "string"}}, "starts_on": {"type": "string"}, "closes_on": {"type": "string"},
   "status": ref("VacancyStatus"), "posted_by_bureau_id": uuid, "version": {"type": "integer"}, "created_at": ts, "updated_at": ts}),
 "VacancyPage": obj({"items": {"type": "array", "items": ref("Vacancy")}, "next_cursor": {"type": ["string", "null"]}}, ["items"]),
 "TrainingBaseCreate": obj({"name": text_field(200), "operator_employer_id": uuid, "operator_college_name": text_field(200),
   "region_code": ref("OriginRegionCode"), "occupations": {"type": "array", "minItems": 1, "maxItems": 50, "items": {"type": "string", "pattern": "^[0-9]{4}$"}},
   "capacity_per_cohort": {"type": "integer", "minimum": 1, "maximum": 1000}}, ["name", "region_code", "occupations", "capacity_per_cohort"]),
 "TrainingBase": obj({"id": uuid, "name": {"type": "string"}, "operator_kind": {"type": "string", "enum": ["employer", "college"]},
   "operator_employer_id": {"type": ["string", "null"]}, "operator_name": {"type": "string"}, "region_code": {"type": "string"},
   "occupations": {"type": "array", "items": {"type": "string"}}, "capacity_per_cohort": {"type": "integer"}, "created_at": ts, "version": {"type": "integer"}},
   ["id", "name", "operator_kind", "operator_name", "region_code", "occupations", "capacity_per_cohort", "created_at", "version"]),
 "EnrolmentCreate": obj({"worker_id": uuid, "occupation_code": {"type": "string", "pattern": "^[0-9]{4}$"}, "starts_on": day, "ends_on": day}),
 "EnrolmentOutcome": obj({"outcome": {"type": "string", "enum": ["certified", "failed", "dropped"]}, "certificate": text_field(200),
   "level": {"type": "integer", "minimum": 1, "maximum": 5}}, ["outcome"]),
 "Enrolment": obj({"id": uuid, "training_base_id": uuid, "worker_id": uuid, "occupation_code": {"type": "string"}, "starts_on": {"type": "string"},
   "ends_on": {"type": "string"}, "outcome": {"type": ["string", "null"]}, "certificate": {"type": ["string", "null"]},
   "level": {"type": ["integer", "null"]}, "version": {"type": "integer"}}, ["id", "training_base_id", "worker_id", "occupation_code", "starts_on", "ends_on", "version"]),
 "EducationLevel": {"type": "string", "enum": ["none", "primary", "junior_secondary", "senior_secondary", "junior_college", "bachelor", "postgraduate"]},
 "PovertyStatus": {"type": "string", "enum": ["none", "lifted", "monitored", "dibao"]},
 "MonitoredKind": {"type": "string", "enum": ["unstable", "marginal", "sudden_hardship"]},
 "WorkerStatus": {"type": "string", "enum": ["available", "in_training", "placed", "inactive"]},
 "SkillInput": obj({"occupation_code": {"type": "string", "pattern": "^[0-9]{4}$"}, "certificate": text_field(200), "level": {"type": "integer", "minimum": 1, "maximum": 5}}, ["occupation_code"]),
 "Skill": obj({"occupation_code": {"type": "string"}, "certificate": {"type": ["string", "null"]}, "level": {"type": ["integer", "null"]}}, ["occupation_code"]),
 "ConsentInput": obj({"given_on": day, "scope": text_field(200), "method": {"type": "string", "enum": ["written", "electronic", "recorded_verbal"]}, "recorded_by": text_field(50)}),
 "WorkerCreate": obj({
   "name": text_field(50), "id_number": {"type": "string", "pattern": "^[0-9]{17}[0-9Xx]$", "description": "GB 11643: check character, real birth date, age 16–65"},
   "phone": {"type": "string", "pattern": "^1[3-9][0-9]{9}$"}, "origin_region_code": region_code,
   "education": ref("EducationLevel"), "poverty_status": ref("PovertyStatus"), "monitored_kind": ref("MonitoredKind"),
   "skills": {"type": "array", "maxItems": 50, "items": ref("SkillInput")},
   "preferred_destinations": {"type": "array", "maxItems": 50, "items": region_code},
   "preferred_occupations": {"type": "array", "maxItems": 50, "items": {"type": "string", "pattern": "^[0-9]{4}$"}},
   "expected_monthly_wage_fen": {"type": "integer", "minimum": 0, "maximum": 10000000},
   "needs_housing": {"type": "boolean"}, "available_from": day, "consent": ref("ConsentInput")},
   ["name", "id_number", "phone", "origin_region_code", "education", "poverty_status", "expected_monthly_wage_fen", "needs_housing", "available_from", "consent"]),
 "WorkerPatch": {**obj({
   "name": text_field(50), "phone": {"type": "string", "pattern": "^1[3-9][0-9]{9}$"},
   "education": ref("EducationLevel"), "poverty_status": ref("PovertyStatus"), "monitored_kind": {"oneOf": [ref("MonitoredKind"), {"type": "null"}]},
   "skills": {"type": "array", "maxItems": 50, "items": ref("SkillInput")},
   "preferred_destinations": {"type": "array", "maxItems": 50, "items": region_code},
   "preferred_occupations": {"type": "array", "maxItems": 50, "items": {"type": "string", "pattern": "^[0-9]{4}$"}},
   "expected_monthly_wage_fen": {"type": "integer", "minimum": 0, "maximum": 10000000},
   "needs_housing": {"type": "boolean"}, "available_from": day}, []), "minProperties": 1},
 "Worker": obj({
   "id": uuid, "name": {"type": ["string", "null"]}, "id_number_masked": {"type": ["string", "null"]}, "phone_masked": {"type": ["string", "null"]},
   "sex": {"type": "string", "enum": ["male", "female"]}, "birth_date": {"type": ["string", "null"]}, "age": {"type": "integer"},
   "origin_region_code": {"type": "string"}, "education": ref("EducationLevel"), "poverty_status": ref("PovertyStatus"),
   "monitored_kind": {"oneOf": [ref("MonitoredKind"), {"type": "null"}]}, "skills": {"type": "array", "items": ref("Skill")},
   "preferred_destinations": {"type": "array", "items": {"type": "string"}}, "preferred_occupations": {"type": "array", "items": {"type": "string"}},
   "expected_monthly_wage_fen": {"type": "integer"}, "needs_housing": {"type": "boolean"}, "available_from": {"type": "string"},
   "status": ref("WorkerStatus"), "consent": ref("ConsentRecord"), "registered_by_bureau_id": uuid, "version": {"type": "integer"},
   "created_at": ts, "updated_at": ts,
   "warnings": {"type": "array", "items": ref("FieldIssue"), "description": "On a registration or change only: what was accepted all the same, e.g. a phone another worker holds (families share phones)."}},
   ["id", "sex", "age", "origin_region_code", "education", "poverty_status", "skills", "preferred_destinations", "preferred_occupations",
    "expected_monthly_wage_fen", "needs_housing", "available_from", "status", "consent", "registered_by_bureau_id", "version", "created_at", "updated_at"]),
 "ConsentRecord": obj({"given_on": {"type": "string"}, "scope": {"type": "string"}, "method": {"type": "string"}, "recorded_by": {"type": "string"},
   "withdrawn_on": {"type": ["string", "null"]}}, ["given_on", "scope", "method", "recorded_by"]),
 "Candidate": obj({
   "id": uuid, "sex": {"type": "string", "enum": ["male", "female"]}, "age": {"type": "integer"}, "origin_region_code": {"type": "string"},
   "education": ref("EducationLevel"), "skills": {"type": "array", "items": ref("Skill")},
   "preferred_destinations": {"type": "array", "items": {"type": "string"}}, "preferred_occupations": {"type": "array", "items": {"type": "string"}},
   "expected_monthly_wage_fen": {"type": "integer"}, "needs_housing": {"type": "boolean"}, "available_from": {"type": "string"}, "status": ref("WorkerStatus")}),
 "WorkerPage": obj({"items": {"type": "array", "items": {"oneOf": [ref("Worker"), ref("Candidate")]}}, "next_cursor": {"type": ["string", "null"]}}, ["items"]),
 "PersonalData": obj({"id": uuid, "id_number": {"type": "string"}, "phone": {"type": "string"}}),
 "ConsentWithdrawal": obj({"withdrawn_on": day}),
 "Me": obj({"key_id": uuid, "role": ref("Role"), "bureau": ref("Bureau"), "scope_prefix": {"type": "string", "description": "Region code prefix the caller is confined to; empty for admin."}}),
}
responses = {
 "Malformed": problem("The request is malformed: not JSON, not an object."),
 "Unauthorized": {**problem("No API key, or an unknown or revoked one."), "headers": {"WWW-Authenticate": {"schema": {"type": "string"}}}},
 "Forbidden": problem("The caller's role may not do this."),
 "NotFound": problem("No such object in the caller's scope."),
 "Conflict": problem("The request clashes with stored data, e.g. a duplicate."),
 "TooLarge": problem("The body exceeds 1 MiB."),
 "UnsupportedMediaType": problem("The body is not application/json."),
 "Invalid": problem("Validation failed; `errors` names each bad field."),
 "Unavailable": {**problem("The database cannot be reached, or migrations are pending."), "headers": {"Retry-After": {"schema": {"type": "integer"}}}},
 "RateLimited": {**problem("This key made more requests than its rate allows; retry after Retry-After seconds."), "headers": {"Retry-After": {"schema": {"type": "integer"}}}},
}
paths["/v1/training-bases/{id}"]["patch"] = op("updateTrainingBase", "Change a base of the caller's region (name, occupations taught, cohort capacity); If-Match with the ETag read is required", ["training"],
     {**ok(ref("TrainingBase")), **errs(*auth, "403", "404", "413", "415", "422"), "412": problem("The base changed since it was read."), "428": problem("If-Match is missing.")},
     params=[pp("id", uuid, "Training base id"), {"name": "If-Match", "in": "header", "required": True, "schema": {"type": "string"}, "description": "The version read, e.g. \"1\", or *."}],
     body={**obj({"name": text_field(200), "occupations": {"type": "array", "minItems": 1, "maxItems": 50, "items": {"type": "string", "pattern": "^[0-9]{4}$"}},
                  "capacity_per_cohort": {"type": "integer", "minimum": 1, "maximum": 1000}}, []), "minProperties": 1})

# --- Matching and placements ---------------------------------------------------------------
limit_q = lambda default: qp("limit", {"type": "integer", "minimum": 1, "maximum": 100, "default": default}, "How many, best first.")
pair = obj({"worker_id": uuid, "vacancy_id": uuid})
paths.update({
 "/v1/workers/{id}/recommendations": {"get": op("recommendVacancies", "The best open vacancies for one of the caller's workers (origin bureau, admin), best first, each with its explanation", ["matching"],
     {**ok(items("Recommendation")), **errs(*auth, "403", "404", "422")}, params=[pp("id", uuid, "Worker id"), limit_q(20)],
     desc="Candidates come from SQL (open, openings left, start after the worker is available, where the worker wants to work, in an ISCO major group of their skills or wishes); each is scored exactly. Order: weighted score, score, vacancy id.")},
 "/v1/vacancies/{id}/candidates": {"get": op("rankCandidates", "The best available workers for one of the caller's vacancies (destination bureau, admin), as candidate profiles without name, ID number or phone", ["matching"],
     {**ok(items("CandidateMatch")), **errs(*auth, "403", "404", "422")}, params=[pp("id", uuid, "Vacancy id"), limit_q(50)])},
 "/v1/allocations": {"post": op("allocateCohort", "Allocate a cohort of the caller's workers to vacancies, maximising the total priority-weighted score exactly (origin bureau, admin)", ["matching"],
     {**ok(ref("Allocation"), "Dry run: the allocation, nothing stored"), "201": {"description": "Carried out: each assignment is now a proposed placement", "content": {"application/json": {"schema": ref("Allocation")}}},
      **errs(*auth, "403", "409", "413", "415", "422")},
     params=[idempotency_key], body=ref("AllocationRequest"),
     desc="Each worker gets at most one vacancy and each vacancy at most its remaining openings. Pins are honoured or refused with 422 naming the pin; forbidden pairs are never chosen. Named ids outside the caller's scope are 422. 409 when an opening was taken meanwhile: nothing is stored.")},
 "/v1/placements": {
   "post": op("proposePlacement", "Propose a worker for a vacancy by hand (origin bureau for its worker, destination bureau for its vacancy, admin)", ["placements"],
     {**ok(ref("Placement"), "Created", "201"), **errs(*auth, "403", "409", "413", "415", "422")}, params=[idempotency_key], body=pair,
     desc="The pair must pass the hard constraints (422 names those it fails); 409 when the vacancy has no openings left or the pair already has a live placement."),
   "get": op("listPlacements", "Placements of the caller's workers or vacancies, newest first", ["placements"], {**ok(ref("PlacementPage")), **errs(*auth, "403", "422")},
     params=[qp("worker_id", uuid, "Only this worker's."), qp("vacancy_id", uuid, "Only this vacancy's."), qp("allocation_id", uuid, "Only those an allocation proposed."),
             qp("status", ref("PlacementStatus"), "Only this status."),
             qp("limit", {"type": "integer", "minimum": 1, "maximum": 200, "default": 50}, "Page size."),
             qp("cursor", {"type": "string", "pattern": "^[A-Za-z0-9_-]{1,100}$"}, "`next_cursor` of the previous page; a cursor this API did not issue is 422.")])},
 "/v1/placements/{id}": {"get": op("getPlacement", "One placement of the caller's workers or vacancies", ["placements"], {**ok(ref("Placement")), **errs(*auth, "403", "404")}, params=[pp("id", uuid, "Placement id")])},
 "/v1/placements/{id}/transitions": {"post": op("transitionPlacement", "Move a placement one step: accepted/declined (origin side), hired (destination side, with `on`), separated (with `on` and `reason`), withdrawn", ["placements"],
     {**ok(ref("Placement")), **errs(*auth, "403", "404", "409", "413", "415", "422")}, params=[pp("id", uuid, "Placement id")], body=ref("PlacementTransition"),
     desc="proposed → accepted | declined | withdrawn; accepted → hired | withdrawn; hired → separated. Any other step is 409. A hire is dated from the day the worker accepted to today, a separation from the first day of work to today (China time), or 422 names the range. A hire or separation before the backdating window (default: from the first day of the previous month) is recorded only by a cooperation office or an admin, with backdating_reason; offices record hires and separations only. Hiring makes the worker placed; separation makes them available again, and for a monitored-household worker raises an alert.")},
 "/v1/placements/{id}/months": {"post": op("recordPlacementMonth", "Record a month worked (稳岗), with the wage paid (null: unpaid) and who verified it (destination bureau, admin; a cooperation office for months before the backdating window)", ["placements"],
     {**ok(ref("Placement"), "Recorded; the placement with its consecutive verified months", "201"), **errs(*auth, "403", "404", "409", "413", "415", "422")},
     params=[pp("id", uuid, "Placement id")], body=ref("PlacementMonth"),
     desc="A month without pay, or paid below the work county's minimum wage, raises an alert for the worker's origin bureau. A month recorded twice is 409. A month before the backdating window (MINNING_BACKDATING_MONTHS, default: from the previous month) is 422 for a bureau; a cooperation office or an admin records it with backdating_reason, which is kept.")},
 "/v1/placements/{id}/month-corrections": {
   "get": op("listPlacementMonthCorrections", "The corrections of a placement's months, oldest first: each month's record before and after", ["placements"],
     {**ok(items("MonthCorrection")), **errs(*auth, "403", "404")}, params=[pp("id", uuid, "Placement id")]),
   "post": op("correctPlacementMonth", "Correct a month's record, with a reason: its wage (null: worked, not paid), or strike it out as not worked (worked false); the old record is kept (destination bureau within the backdating window, cooperation office, admin)", ["placements"],
     {**ok(ref("Placement"), "Corrected"), **errs(*auth, "403", "404", "413", "415", "422")},
     params=[pp("id", uuid, "Placement id")], body=ref("MonthCorrectionCreate"),
     desc="The month must be recorded already, and the correction change it (422). A month struck out leaves the placement's months and counts for no subsidy; recording it again is a correction with worked true. The month's alerts are raised for a new wage; a pending or approved subsidy claim the new months no longer justify is withdrawn, a paid one raises paid_claim_facts_changed.")},
 "/v1/placements/{id}/corrections": {
   "post": op("correctPlacement", "Correct a hire or separation date entered wrong, with a reason; the old day is kept (destination bureau within the correction window, cooperation office, admin)", ["placements"],
     {**ok(ref("Placement"), "Corrected"), **errs(*auth, "403", "404", "413", "415", "422")},
     params=[pp("id", uuid, "Placement id")], body=ref("PlacementCorrectionCreate"),
     desc="The new day follows the timeline (a hire from the acceptance to today or the separation, not after a month already recorded; a separation from the hire to today, not before a month recorded). The employer's destination bureau corrects days from the first of the previous month on; older ones only a cooperation office (403 otherwise). A pending or approved subsidy claim the new facts no longer justify is withdrawn; a paid one raises a paid_claim_facts_changed alert."),
   "get": op("listPlacementCorrections", "The corrections of a placement's dates, oldest first", ["placements"],
     {**ok(items("PlacementCorrection")), **errs(*auth, "403", "404")}, params=[pp("id", uuid, "Placement id")])},
 "/v1/alerts": {"get": op("listAlerts", "Follow-up alerts (防返贫) about the caller's workers (origin bureau, cooperation office, admin), newest first", ["placements"],
     {**ok(items("Alert")), **errs(*auth, "403", "422")},
     params=[qp("acknowledged", {"type": "string", "enum": ["true", "false"]}, "Only acknowledged (true) or open (false) alerts."),
             qp("limit", {"type": "integer", "minimum": 1, "maximum": 200, "default": 100}, "Most alerts returned.")])},
 "/v1/alerts/{id}/acknowledgement": {"post": op("acknowledgeAlert", "Record that an alert was followed up (origin bureau, admin)", ["placements"],
     {**ok(ref("Alert")), **errs(*auth, "403", "404", "409", "413", "415", "422")}, params=[pp("id", uuid, "Alert id")], body=obj({"note": text_field(500)}))},
})
explanation = obj({
  "components": {"type": "array", "items": obj({"component": {"type": "string", "enum": ["occupation_fit", "wage", "housing", "training_link", "pairing_link", "retention"]},
     "value_per_mille": {"type": "integer", "minimum": 0, "maximum": 1000}, "weight": {"type": "integer"}, "points": {"type": "integer"}})},
  "score": {"type": "integer", "minimum": 0, "maximum": 100000, "description": "Sum of value × weight."},
  "priority_groups": {"type": "array", "items": {"type": "string", "enum": ["monitored", "lifted", "dibao", "key_assistance_county"]},
                      "description": "Absent for destination bureaus, like the next two: they tell the worker's household status."},
  "priority_weight": {"type": "integer", "description": "Per mille; 1000 for no priority group."},
  "weighted_score": {"type": "integer", "description": "score × priority_weight / 1000: what an allocation maximises."},
  "passed_constraints": {"type": "array", "items": ref("HardConstraint")}}, ["components", "score", "passed_constraints"])
opt = lambda schema: schema
schemas.update({
 "HardConstraint": {"type": "string", "enum": ["vacancy_open", "available_by_start", "age_range", "minimum_education", "required_certificates", "preferred_destination"]},
 "MatchExplanation": explanation,
 "VacancySummary": obj({"id": uuid, "employer_id": uuid, "title": {"type": "string"}, "occupation_code": {"type": "string"}, "work_region_code": {"type": "string"},
   "wage_min_fen": {"type": "integer"}, "wage_max_fen": {"type": "integer"}, "housing_provided": {"type": "boolean"}, "meals_provided": {"type": "boolean"},
   "starts_on": {"type": "string"}, "closes_on": {"type": "string"}, "remaining_openings": {"type": "integer"}}),
 "Recommendation": obj({"vacancy": ref("VacancySummary"), "explanation": ref("MatchExplanation")}),
 "MatchCandidate": obj({"id": uuid, "age": {"type": "integer"}, "origin_region_code": {"type": "string"}, "education": ref("EducationLevel"),
   "skills": {"type": "array", "items": ref("Skill")}, "expected_monthly_wage_fen": {"type": "integer"}, "needs_housing": {"type": "boolean"}, "available_from": {"type": "string"}}),
 "CandidateMatch": obj({"candidate": ref("MatchCandidate"), "explanation": ref("MatchExplanation")}),
 "AllocationRequest": {**obj({
   "worker_ids": {"type": "array", "maxItems": 2000, "uniqueItems": True, "items": uuid, "description": "The cohort by id; every id must be in the caller's scope."},
   "worker_filter": obj({"region_code": region_code, "poverty_status": ref("PovertyStatus"), "occupation": {"type": "string", "pattern": "^[0-9]{1,4}$"}}, []),
   "vacancy_ids": {"type": "array", "maxItems": 1000, "uniqueItems": True, "items": uuid},
   "vacancy_filter": obj({"work_region_code": region_code, "occupation": {"type": "string", "pattern": "^[0-9]{1,4}$"}}, []),
   "pins": {"type": "array", "maxItems": 2000, "items": pair, "description": "Pairs that must be assigned."},
   "forbidden": {"type": "array", "maxItems": 2000, "items": pair, "description": "Pairs that must never be assigned."},
   "dry_run": {"type": "boolean", "default": False}}, []),
   "description": "Without worker_ids or worker_filter the cohort is the caller's available workers (oldest registration first, at most 2000); without vacancy_ids or vacancy_filter, every open vacancy with openings left (at most 1000)."},
 "Allocation": obj({"allocation_id": {"type": ["string", "null"]}, "dry_run": {"type": "boolean"}, "objective": {"type": "integer"}, "solver_objective": {"type": "integer"},
   "workers_considered": {"type": "integer"}, "vacancies_considered": {"type": "integer"},
   "assignments": {"type": "array", "items": obj({"worker_id": uuid, "vacancy_id": uuid, "placement_id": {"type": ["string", "null"]}, "pinned": {"type": "boolean"},
     "explanation": ref("MatchExplanation")}, ["worker_id", "vacancy_id", "pinned", "explanation"])},
   "placed_by_priority_group": {"type": "object", "additionalProperties": {"type": "integer"}},
   "placed_by_origin_county": {"type": "object", "additionalProperties": {"type": "integer"}},
   "unplaced": {"type": "array", "items": obj({"worker_id": uuid, "reason": {"type": "string", "enum": ["no_feasible_vacancy", "outbid_on_capacity"]},
     "feasible_vacancies": {"type": "integer"}, "failed_constraints": {"type": "object", "additionalProperties": {"type": "integer"}}})}},
   ["dry_run", "objective", "solver_objective", "workers_considered", "vacancies_considered", "assignments", "placed_by_priority_group", "placed_by_origin_county", "unplaced"]),
 "PlacementStatus": {"type": "string", "enum": ["proposed", "accepted", "declined", "withdrawn", "hired", "separated"]},
 "Placement": obj({"id": uuid, "worker_id": uuid, "vacancy_id": uuid, "status": ref("PlacementStatus"), "allocation_id": {"type": ["string", "null"]},
   "proposed_by_bureau_id": uuid, "explanation": ref("MatchExplanation"), "proposed_on": {"type": "string"}, "accepted_on": {"type": ["string", "null"]},
   "hired_on": {"type": ["string", "null"]}, "separated_on": {"type": ["string", "null"]}, "separation_reason": {"type": ["string", "null"]},
   "closed_on": {"type": ["string", "null"], "description": "The day it was declined or withdrawn."},
   "consecutive_verified_months": {"type": "integer"}, "version": {"type": "integer"}, "created_at": ts, "updated_at": ts},
   ["id", "worker_id", "vacancy_id", "status", "proposed_by_bureau_id", "explanation", "proposed_on", "consecutive_verified_months", "version", "created_at", "updated_at"]),
 "MonthCorrectionCreate": obj({"month": {"type": "string", "pattern": "^20[0-9]{2}-(0[1-9]|1[0-2])$"},
   "worked": {"type": "boolean", "default": True, "description": "false strikes out a month recorded in error: it stays in the history and counts for nothing; true brings it back."},
   "wage_paid_fen": {"type": ["integer", "null"], "minimum": 0, "maximum": 10000000, "description": "The wage paid (null: worked, not paid). Required when the month was worked; left out when worked is false."},
   "reason": text_field(200)}, ["month", "reason"]),
 "VocabularyTerm": obj({"term": {"type": "string", "description": "The field or column the values belong to (education, placement_status, …)."},
   "values": {"type": "array", "items": obj({"value": {"type": "string", "description": "The code as the API and CSV files carry it."},
     "zh": {"type": "string"}, "en": {"type": "string"}})}}),
 "MonthCorrection": obj({"id": uuid, "placement_id": uuid, "month": {"type": "string", "pattern": "^20[0-9]{2}-(0[1-9]|1[0-2])$"},
   "old": ref("MonthRecord"), "new": ref("MonthRecord"), "reason": {"type": "string"}, "corrected_by_bureau_id": uuid, "corrected_at": ts}),
 "MonthRecord": obj({"worked": {"type": "boolean"}, "wage_paid_fen": {"type": ["integer", "null"], "description": "null: not paid (or not worked)."}}),
 "PlacementCorrectionCreate": obj({"fact": {"type": "string", "enum": ["hired_on", "separated_on"]}, "to": day, "reason": text_field(200)}),
 "PlacementCorrection": obj({"id": uuid, "placement_id": uuid, "fact": {"type": "string", "enum": ["hired_on", "separated_on"]}, "old_value": {"type": "string"},
   "new_value": {"type": "string"}, "reason": {"type": "string"}, "corrected_by_bureau_id": uuid, "corrected_at": ts}),
 "PlacementPage": obj({"items": {"type": "array", "items": ref("Placement")}, "next_cursor": {"type": ["string", "null"]}}, ["items"]),
 "PlacementTransition": obj({"to": {"type": "string", "enum": ["accepted", "declined", "withdrawn", "hired", "separated"]}, "on": day, "reason": text_field(200),
   "backdating_reason": {**text_field(200), "description": "Why a day before the backdating window is recorded: required then, and only a cooperation office or an admin may."}}, ["to"]),
 "PlacementMonth": obj({"month": {"type": "string", "pattern": "^20[0-9]{2}-(0[1-9]|1[0-2])$"}, "wage_paid_fen": {"type": ["integer", "null"], "minimum": 0, "maximum": 10000000},
   "verified_by": text_field(50),
   "backdating_reason": {**text_field(200), "description": "Why a month before the backdating window is recorded: required then, and only a cooperation office or an admin may."}}, ["month", "wage_paid_fen", "verified_by"]),
 "Alert": obj({"id": uuid, "kind": {"type": "string", "enum": ["monitored_worker_separated", "wage_missing", "wage_below_minimum", "paid_claim_facts_changed"]}, "worker_id": uuid, "placement_id": uuid,
   "origin_region_code": {"type": "string"}, "month": {"type": ["string", "null"]}, "details": {"type": "string"}, "raised_at": ts,
   "acknowledged_at": {"type": ["string", "null"], "format": "date-time"}, "acknowledgement_note": {"type": ["string", "null"]}},
   ["id", "kind", "worker_id", "placement_id", "origin_region_code", "details", "raised_at"]),
})

# --- Funds: ledger, projects, the funds report ----------------------------------------------
funds_read = ["funds"]
paths.update({
 "/v1/ledger/entries": {
   "post": op("appendLedgerEntry", "Append a commitment, transfer or expenditure for a pairing in the caller's scope, or a reversal of an earlier entry (cooperation office, admin)", funds_read,
     {**ok(ref("LedgerEntry"), "Appended to the chain", "201"), **ok(ref("PendingExpenditure"), "An expenditure above the confirmation threshold: recorded, waiting for a second key", "202"),
      **errs(*auth, "403", "409", "413", "415", "422")}, params=[idempotency_key], body=ref("LedgerEntryCreate"),
     desc="Entries are never changed or deleted (the database refuses it); a mistake is corrected by a reversal. Spending more than was transferred to the pairing for the year is 409, as is reversing an entry twice or reversing a transfer already spent. An expenditure above the confirmation threshold (MINNING_LEDGER_CONFIRMATION_FEN, default 10,000,000 fen = ¥100,000) is checked the same way but kept waiting (202) until another key confirms it."),
   "get": op("listLedgerEntries", "Ledger entries of pairings in the caller's scope, in chain order (cooperation office, observer, admin)", funds_read,
     {**ok(items("LedgerEntry")), **errs(*auth, "403", "422")},
     params=[qp("pairing_id", {"type": "integer", "minimum": 1, "maximum": 2147483647}, "Only this pairing's."), qp("year", {"type": "integer", "minimum": 1996, "maximum": 2100}, "Only this year's."),
             qp("after", {"type": "integer", "minimum": 0, "maximum": 2147483647, "default": 0}, "Entries after this position (paging)."),
             qp("limit", {"type": "integer", "minimum": 1, "maximum": 500, "default": 100}, "Page size.")])},
 "/v1/ledger/entries/{position}": {"get": op("getLedgerEntry", "One ledger entry by its chain position", funds_read,
     {**ok(ref("LedgerEntry")), **errs(*auth, "403", "404")}, params=[pp("position", {"type": "string"}, "Chain position (1, 2, …)")])},
 "/v1/ledger/pending-expenditures": {"get": op("listPendingExpenditures", "Expenditures above the confirmation threshold of pairings in the caller's scope, waiting ones first", funds_read,
     {**ok(items("PendingExpenditure")), **errs(*auth, "403", "422")},
     params=[qp("status", {"type": "string", "enum": ["pending", "confirmed"]}, "Only this status."), qp("limit", {"type": "integer", "minimum": 1, "maximum": 500, "default": 100}, "Most returned.")])},
 "/v1/ledger/pending-expenditures/{id}": {"get": op("getPendingExpenditure", "One expenditure waiting for (or given) a second key", funds_read,
     {**ok(ref("PendingExpenditure")), **errs(*auth, "403", "404")}, params=[pp("id", uuid, "Pending expenditure id")])},
 "/v1/ledger/pending-expenditures/{id}/confirmation": {"post": op("confirmPendingExpenditure",
     "Confirm an expenditure recorded by another key: it is appended to the ledger now, by the confirming key (cooperation office, admin)", funds_read,
     {**ok(ref("PendingExpenditure")), **errs(*auth, "403", "404", "409")}, params=[pp("id", uuid, "Pending expenditure id")],
     desc="The key that recorded it gets 403. Confirmed already is 409, so two confirmations at once append once. The balance is judged again: spending more than was transferred by now is 409.")},
 "/v1/ledger/verification": {"get": op("verifyLedger", "Recompute the whole hash chain; names the first entry that does not match", funds_read,
     {**ok(ref("LedgerVerification")), **errs(*auth, "403")})},
 "/v1/projects": {
   "post": op("createProject", "Record a project funded through a pairing in the caller's scope (cooperation office, admin)", funds_read,
     {**ok(ref("Project"), "Created", "201"), **errs(*auth, "403", "409", "413", "415", "422")}, params=[idempotency_key], body=ref("ProjectCreate")),
   "get": op("listProjects", "Projects of pairings in the caller's scope", funds_read, {**ok(items("Project")), **errs(*auth, "403", "422")},
     params=[qp("pairing_id", {"type": "integer", "minimum": 1, "maximum": 2147483647}, "Only this pairing's."), qp("limit", {"type": "integer", "minimum": 1, "maximum": 500, "default": 100}, "Most returned.")])},
 "/v1/projects/{id}": {"get": op("getProject", "One project", funds_read, {**ok(ref("Project")), **errs(*auth, "403", "404")}, params=[pp("id", uuid, "Project id")])},
 "/v1/reports/funds": {"get": op("reportFunds", "The funds report of a year: per pairing committed, transferred, spent, balance and rates; per project category; the share spent in national key assistance counties; totals; the ledger head hash", ["reports"],
     {"200": {"description": "The report as JSON, or as CSV (UTF-8 with BOM, Chinese headers) for format=csv or Accept: text/csv",
              "content": {"application/json": {"schema": ref("FundsReport")}, "text/csv": {"schema": {"type": "string"}}}}, **errs(*auth, "403", "422")},
     params=[{"name": "year", "in": "query", "required": True, "schema": {"type": "integer", "minimum": 1996, "maximum": 2100}, "description": "The agreement year."},
             qp("from", day, "Only entries recorded on or after this day (within the year)."), qp("to", day, "Only entries recorded on or before this day (within the year)."),
             qp("format", {"type": "string", "enum": ["json", "csv"]}, "csv for Excel.")])},
})
money = {"type": "integer", "minimum": 1, "maximum": 100000000000}
schemas.update({
 "LedgerEntryCreate": {"oneOf": [
   obj({"kind": {"type": "string", "enum": ["commitment", "transfer", "expenditure"]}, "pairing_id": {"type": "integer", "minimum": 1, "maximum": 2147483647},
        "year": {"type": "integer", "minimum": 1996, "maximum": 2100}, "amount_fen": money, "entry_date": day, "document_number": text_field(100),
        "project_id": uuid}, ["kind", "pairing_id", "year", "amount_fen", "entry_date", "document_number"]),
   obj({"kind": {"type": "string", "enum": ["reversal"]}, "reverses_position": {"type": "integer", "minimum": 1, "maximum": 2147483647},
        "entry_date": day, "document_number": text_field(100)})]},
 "LedgerEntry": obj({"position": {"type": "integer"}, "pairing_id": {"type": "integer"}, "year": {"type": "integer"}, "project_id": {"type": ["string", "null"]},
   "kind": {"type": "string", "enum": ["commitment", "transfer", "expenditure", "reversal"]}, "amount_fen": {"type": "integer"}, "entry_date": {"type": "string"},
   "document_number": {"type": "string"}, "reverses_position": {"type": ["integer", "null"]}, "recorded_by_bureau_id": uuid, "recorded_at": ts,
   "previous_hash": {"type": "string", "pattern": "^[0-9a-f]{64}$"}, "entry_hash": {"type": "string", "pattern": "^[0-9a-f]{64}$"}},
   ["position", "pairing_id", "year", "kind", "amount_fen", "entry_date", "document_number", "recorded_by_bureau_id", "recorded_at", "previous_hash", "entry_hash"]),
 "PendingExpenditure": obj({"id": uuid, "pairing_id": {"type": "integer"}, "year": {"type": "integer"}, "project_id": {"type": ["string", "null"]},
   "kind": {"type": "string", "enum": ["expenditure"]}, "amount_fen": {"type": "integer"}, "entry_date": {"type": "string"}, "document_number": {"type": "string"},
   "requested_by_key_id": uuid, "requested_by_bureau_id": uuid, "requested_at": ts, "status": {"type": "string", "enum": ["pending", "confirmed"]},
   "confirmed_by_key_id": {"type": ["string", "null"]}, "ledger_position": {"type": ["integer", "null"]}},
   ["id", "pairing_id", "year", "kind", "amount_fen", "entry_date", "document_number", "requested_by_key_id", "requested_by_bureau_id", "requested_at", "status"]),
 "LedgerVerification": obj({"entries": {"type": "integer"}, "valid": {"type": "boolean"}, "first_break": {"type": ["string", "null"]}, "head_hash": {"type": "string"}}, ["entries", "valid", "head_hash"]),
 "ProjectCategory": {"type": "string", "enum": ["industry", "infrastructure", "education", "health", "labor_cooperation", "housing", "other"]},
 "ProjectCreate": obj({"pairing_id": {"type": "integer", "minimum": 1, "maximum": 2147483647}, "category": ref("ProjectCategory"), "title": text_field(200),
   "budget_fen": money, "status": {"type": "string", "enum": ["planned", "in_progress", "completed", "cancelled"]}}, ["pairing_id", "category", "title", "budget_fen"]),
 "Project": obj({"id": uuid, "pairing_id": {"type": "integer"}, "recipient_region_code": {"type": "string"}, "category": ref("ProjectCategory"), "title": {"type": "string"},
   "budget_fen": {"type": "integer"}, "status": {"type": "string", "enum": ["planned", "in_progress", "completed", "cancelled"]}, "version": {"type": "integer"}, "created_at": ts}),
 "FundsReport": obj({"year": {"type": "integer"},
   "from": {**report_day, "description": "Present when the report was narrowed: the first day entries were recorded on."},
   "to": {**report_day, "description": "Present when the report was narrowed: the last day entries were recorded on."},
   "pairings": {"type": "array", "items": obj({"pairing_id": {"type": "integer"}, "kind": ref("PairingKind"), "fujian_region_code": {"type": "string"}, "fujian_region_name": {"type": "string"},
     "ningxia_region_code": {"type": "string"}, "ningxia_region_name": {"type": "string"}, "key_assistance_county": {"type": "boolean"},
     "committed_fen": {"type": "integer"}, "transferred_fen": {"type": "integer"}, "spent_fen": {"type": "integer"}, "balance_fen": {"type": "integer"},
     "transfer_rate_per_mille": {"type": "integer"}, "spend_rate_per_mille": {"type": "integer"}},
     ["pairing_id", "kind", "fujian_region_code", "fujian_region_name", "ningxia_region_code", "ningxia_region_name", "key_assistance_county", "committed_fen", "transferred_fen", "spent_fen", "balance_fen"])},
   "mountain_sea_floor": {"type": "array", "description": "§二十七: each better-off county's transfers to its 山海协作 mountain counties in the year against the ¥12,000,000 floor.",
     "items": obj({"region_code": {"type": "string"}, "region_name": {"type": "string"}, "transferred_fen": {"type": "integer"}, "floor_fen": {"type": "integer"}, "below_floor": {"type": "boolean"}})},
   "spent_by_category": {"type": "array", "items": obj({"category": {"type": "string"}, "spent_fen": {"type": "integer"}})},
   "key_assistance_county_spend_share_per_mille": {"type": "integer"},
   "totals": obj({"committed_fen": {"type": "integer"}, "transferred_fen": {"type": "integer"}, "spent_fen": {"type": "integer"}, "balance_fen": {"type": "integer"}}),
   "ledger_head_hash": {"type": "string"}}, ["year", "pairings", "spent_by_category", "mountain_sea_floor", "totals", "ledger_head_hash"]),
})

# The worker as the bureau whose job they accepted sees it: WorkerVisibility's employing_bureau column.
EMPLOYER_HIDDEN = {"birth_date", "poverty_status", "monitored_kind", "consent", "version", "warnings"}
schemas["EmployedWorker"] = obj({k: v for k, v in schemas["Worker"]["properties"].items() if k not in EMPLOYER_HIDDEN},
                                [k for k in schemas["Worker"]["required"] if k not in EMPLOYER_HIDDEN])

# --- Subsidies ---------------------------------------------------------------------------------
paths.update({
 "/v1/subsidies/policies": {"get": op("listSubsidyPolicies", "Subsidy policies: beneficiary, amount, conditions, limit, validity", ["subsidies"], {**ok(items("SubsidyPolicy")), **errs(*auth)})},
 "/v1/subsidies/evaluations": {"post": op("evaluateSubsidies", "Create a pending claim for every beneficiary whose placement facts meet a policy on a day (cooperation office, admin)", ["subsidies"],
     {**ok(ref("SubsidyEvaluation")), **errs(*auth, "403", "413", "415", "422")}, body=obj({"as_of": day}),
     desc="Idempotent and safe to run concurrently: a database constraint allows one claim per policy, beneficiary and period.")},
 "/v1/subsidies/claims": {"get": op("listSubsidyClaims", "Claims whose worker's origin or employer's county is in the caller's scope (cooperation office, admin; observers read the subsidy report instead, which names no worker)", ["subsidies"],
     {**ok(items("SubsidyClaim")), **errs(*auth, "403", "422")},
     params=[qp("status", {"type": "string", "enum": ["pending", "approved", "paid", "rejected", "withdrawn"]}, "Only this status."),
             qp("policy", {"type": "string", "pattern": "^[a-z0-9_]{1,50}$"}, "Only this policy's."),
             qp("limit", {"type": "integer", "minimum": 1, "maximum": 500, "default": 100}, "Most returned.")])},
 "/v1/subsidies/claims/{id}/transitions": {"post": op("transitionSubsidyClaim", "Approve, reject (with a reason) or pay a claim (cooperation office, admin); paying appends a ledger expenditure from a pairing's funds", ["subsidies"],
     {**ok(ref("SubsidyClaim")), **errs(*auth, "403", "404", "409", "413", "415", "422")}, params=[pp("id", uuid, "Claim id")],
     body=obj({"to": {"type": "string", "enum": ["approved", "rejected", "paid"]}, "reason": text_field(200),
               "pairing_id": {"type": "integer", "minimum": 1, "maximum": 2147483647}, "entry_date": day, "document_number": text_field(100)}, ["to"]),
     desc="pending → approved | rejected; approved → paid | rejected. Paying needs pairing_id, entry_date and document_number, a key other than the one that approved (403 otherwise: four eyes on money), and is refused (409) when it would spend more than was transferred.")},
})
schemas.update({
 "SubsidyPolicy": obj({"code": {"type": "string"}, "name_zh": {"type": "string"}, "beneficiary": {"type": "string", "enum": ["worker", "employer"]},
   "amount_fen": {"type": "integer"}, "origin_prefixes": {"type": "array", "items": {"type": "string"}}, "poverty_statuses": {"type": "array", "items": ref("PovertyStatus")},
   "min_verified_months": {"type": "integer"}, "contract_required": {"type": "boolean"}, "limit": {"type": "string", "enum": ["once_per_placement", "once_per_person_per_year"]},
   "valid_from": {"type": "string"}, "valid_to": {"type": ["string", "null"]}},
   ["code", "name_zh", "beneficiary", "amount_fen", "origin_prefixes", "poverty_statuses", "min_verified_months", "contract_required", "limit", "valid_from"]),
 "SubsidyEvaluation": obj({"as_of": {"type": "string"}, "placements_examined": {"type": "integer"}, "created_total": {"type": "integer"},
   "created": {"type": "object", "additionalProperties": {"type": "integer"}}}),
 "SubsidyClaim": obj({"id": uuid, "policy_code": {"type": "string"}, "beneficiary": {"type": "string", "enum": ["worker", "employer"]}, "worker_id": uuid,
   "employer_id": uuid, "placement_id": uuid, "amount_fen": {"type": "integer"}, "facts": {"type": "object"}, "evaluated_as_of": {"type": "string"},
   "status": {"type": "string", "enum": ["pending", "approved", "paid", "rejected", "withdrawn"]}, "rejection_reason": {"type": ["string", "null"]},
   "withdrawal_reason": {"type": ["string", "null"], "description": "Why a correction of the placement's facts withdrew the claim."},
   "ledger_position": {"type": ["integer", "null"]},
   "approved_by_key_id": {"type": ["string", "null"], "description": "The key that approved the claim; another key of the office pays it."}, "created_at": ts},
   ["id", "policy_code", "beneficiary", "worker_id", "employer_id", "placement_id", "amount_fen", "facts", "evaluated_as_of", "status", "created_at"]),
})

# --- Parks and the other reports ---------------------------------------------------------------
year_required = {"name": "year", "in": "query", "required": True, "schema": {"type": "integer", "minimum": 1996, "maximum": 2100}, "description": "The year."}
format_q = qp("format", {"type": "string", "enum": ["json", "csv"]}, "csv for Excel (UTF-8 with BOM, Chinese headers); also Accept: text/csv.")
def report_ok(schema_name, what):
    return {"200": {"description": f"The {what} report as JSON, or CSV", "content": {"application/json": {"schema": ref(schema_name)}, "text/csv": {"schema": {"type": "string"}}}}}
credit = {"type": "string", "pattern": "^[0-9A-HJ-NP-RTUW-Ya-hj-np-rtuw-y]{18}$", "description": "GB 32100: 18 characters, last one a check character"}
paths.update({
 "/v1/parks": {
   "post": op("createPark", "Register an industrial park in the caller's region (cooperation office, admin)", ["parks"],
     {**ok(ref("Park"), "Created", "201"), **errs(*auth, "403", "409", "413", "415", "422")}, params=[idempotency_key],
     body=obj({"name": text_field(200), "region_code": region_code, "established_on": day})),
   "get": op("listParks", "Parks in the caller's scope (cooperation office, observer, admin)", ["parks"], {**ok(items("Park")), **errs(*auth, "403")})},
 "/v1/parks/{id}/enterprises": {
   "post": op("addParkEnterprise", "Record an enterprise entering a park (cooperation office, admin)", ["parks"],
     {**ok(ref("ParkEnterprise"), "Created", "201"), **errs(*auth, "403", "404", "409", "413", "415", "422")}, params=[pp("id", uuid, "Park id"), idempotency_key],
     body=obj({"name": text_field(200), "credit_code": credit, "relocated_from_region_code": region_code, "industry_code": ref("IndustryCode"),
               "investment_fen": {"type": "integer", "minimum": 0, "maximum": 10000000000000}, "entered_on": day},
              ["name", "credit_code", "industry_code", "investment_fen", "entered_on"])),
   "get": op("listParkEnterprises", "A park's enterprises", ["parks"], {**ok(items("ParkEnterprise")), **errs(*auth, "403", "404")}, params=[pp("id", uuid, "Park id")])},
 "/v1/parks/{id}/enterprises/{enterprise}/years/{year}": {"put": op("putParkEnterpriseYear", "Record or replace an enterprise's figures for a year: jobs, local hires, hires from lifted or monitored households, output value", ["parks"],
     {**ok(ref("ParkEnterpriseYear")), **errs(*auth, "403", "404", "413", "415", "422")},
     params=[pp("id", uuid, "Park id"), pp("enterprise", uuid, "Enterprise id"), pp("year", {"type": "string"}, "The year, e.g. 2026")],
     body=obj({"jobs": {"type": "integer", "minimum": 0, "maximum": 1000000}, "local_hires": {"type": "integer", "minimum": 0, "maximum": 1000000},
               "priority_hires": {"type": "integer", "minimum": 0, "maximum": 1000000}, "output_value_fen": {"type": "integer", "minimum": 0, "maximum": 100000000000000}}))},
 "/v1/parks/{id}/enterprises/{enterprise}/investments": {
   "post": op("recordParkInvestment", "Record investment that actually arrived (实际到位), on its day, with its evidence; investment_fen of the enterprise is what it agreed (cooperation office, admin)", ["parks"],
     {**ok(ref("ParkInvestment"), "Created", "201"), **errs(*auth, "403", "404", "409", "413", "415", "422")}, params=[pp("id", uuid, "Park id"), pp("enterprise", uuid, "Enterprise id"), idempotency_key],
     body=obj({"arrived_on": day, "amount_fen": {"type": "integer", "minimum": 1, "maximum": 10000000000000}, "evidence_ref": text_field(100)})),
   "get": op("listParkInvestments", "The investment that arrived, by day", ["parks"], {**ok(items("ParkInvestment")), **errs(*auth, "403", "404")},
     params=[pp("id", uuid, "Park id"), pp("enterprise", uuid, "Enterprise id")])},
 "/v1/parks/{id}/enterprises/{enterprise}/headcounts/{day}": {"put": op("putParkHeadcount", "Record the enterprise's headcount on a day: jobs, of them held by people of lifted or monitored households and by local people; a year's figure is its last headcount. Without If-Match a new day (409 when it is already counted); with If-Match a correction of the day's count as read (412 when it changed since), or * for whatever it is", ["parks"],
     {**ok(ref("ParkHeadcount")), **errs(*auth, "403", "404", "409", "413", "415", "422"), "412": problem("The day's count changed since it was read.")},
     params=[pp("id", uuid, "Park id"), pp("enterprise", uuid, "Enterprise id"), pp("day", {"type": "string"}, "The day counted, YYYY-MM-DD"),
             {"name": "If-Match", "in": "header", "required": False, "schema": {"type": "string"}, "description": "To correct a day already counted: its version as read, e.g. \"1\", or *."}],
     body=obj({"jobs": {"type": "integer", "minimum": 0, "maximum": 1000000}, "lifted_jobs": {"type": "integer", "minimum": 0, "maximum": 1000000},
               "local_jobs": {"type": "integer", "minimum": 0, "maximum": 1000000}}))},
 "/v1/parks/{id}/enterprises/{enterprise}/headcounts": {"get": op("listParkHeadcounts", "The enterprise's headcounts, by day", ["parks"],
     {**ok(items("ParkHeadcount")), **errs(*auth, "403", "404")}, params=[pp("id", uuid, "Park id"), pp("enterprise", uuid, "Enterprise id")])},
 "/v1/reports/labor": {"get": op("reportLabor", "Workers registered, matched, hired, still employed after 3 and 6 months, separated — by origin province and county, Fujian city and poverty status — and median days to proposal and to hire", ["reports"],
     {**report_ok("LaborReport", "labor"), **errs(*auth, "403", "422")},
     params=[qp("year", {"type": "integer", "minimum": 1996, "maximum": 2100}, "The year, as every report takes it; from and to narrow it (both within it)."),
             qp("from", day, "First day (default: 1 January of year; required with to when no year is given)."),
             qp("to", day, "Last day (default: 31 December of year; at most ten years after from)."), format_q])},
 "/v1/reports/subsidies": {"get": op("reportSubsidies", "Subsidy claims of a year by policy and status, with amounts", ["reports"],
     {**report_ok("SubsidyReport", "subsidies"), **errs(*auth, "403", "422")},
     params=[year_required, qp("from", day, "Only claims evaluated on or after this day (within the year)."), qp("to", day, "Only claims evaluated on or before this day (within the year)."), format_q])},
 "/v1/reports/parks": {"get": op("reportParks", "Industrial parks in a year: enterprises, relocations from Fujian, investment, jobs, local and priority hires, output", ["reports"],
     {**report_ok("ParksReport", "parks"), **errs(*auth, "403", "422")},
     params=[year_required, qp("from", day, "Only enterprises that moved in on or after this day (within the year)."), qp("to", day, "Only enterprises that moved in on or before this day (within the year; default 31 December)."), format_q])},
 "/v1/reports/assessment": {"get": op("reportAssessment", "Each pairing of the caller's scope that runs in the year against its agreed targets (协议指标), aspect by aspect: target, actual computed from the records, completion per mille and change on the previous year; a figure that does not exist is left out", ["reports"],
     {**report_ok("AssessmentReport", "assessment"), **errs(*auth, "403", "422")},
     params=[year_required, format_q])},
 "/v1/reports/meeting": {"get": op("reportMeetingPack", "The coordination meeting pack: the four reports of a year on one printable HTML page in Chinese, with inline SVG charts", ["reports"],
     {"200": {"description": "HTML", "content": {"text/html": {"schema": {"type": "string"}}}}, **errs(*auth, "403", "422")},
     params=[year_required, qp("meeting_date", day, "The day the meeting sits, printed in the header and on every page (default: today); an impossible day such as 2023-02-30 is 422.")])},
})
counts = obj({k: {"type": "integer"} for k in ["registered", "matched", "hired", "employed_3_months", "employed_6_months", "separated"]})
labor_line = obj({"code": {"type": "string"}, "name": {"type": "string"}, "counts": counts})
park_line = obj({k: {"type": "integer"} for k in ["enterprises", "relocated_from_fujian", "investment_fen", "jobs", "local_hires", "priority_hires", "output_value_fen"]}
                | {"park_name": {"type": "string"}, "region_code": {"type": "string"}, "region_name": {"type": "string"}})
schemas.update({
 "Park": obj({"id": uuid, "name": {"type": "string"}, "region_code": {"type": "string"}, "established_on": {"type": "string"}, "created_at": ts}),
 "ParkEnterprise": obj({"id": uuid, "park_id": uuid, "name": {"type": "string"}, "credit_code": {"type": "string"}, "relocated_from_region_code": {"type": ["string", "null"]},
   "industry_code": {"type": "string"}, "investment_fen": {"type": "integer"}, "entered_on": {"type": "string"}},
   ["id", "park_id", "name", "credit_code", "industry_code", "investment_fen", "entered_on"]),
 "ParkInvestment": obj({"id": uuid, "enterprise_id": uuid, "arrived_on": {"type": "string"}, "amount_fen": {"type": "integer"}, "evidence_ref": {"type": "string"}, "created_at": ts}),
 "ParkHeadcount": obj({"enterprise_id": uuid, "counted_on": {"type": "string"}, "jobs": {"type": "integer"}, "lifted_jobs": {"type": "integer"}, "local_jobs": {"type": "integer"}, "version": {"type": "integer"}}),
 "ParkEnterpriseYear": obj({"enterprise_id": uuid, "year": {"type": "integer"}, "jobs": {"type": "integer"}, "local_hires": {"type": "integer"},
   "priority_hires": {"type": "integer"}, "output_value_fen": {"type": "integer"}}),
 "LaborReport": obj({"from": {"type": "string"}, "to": {"type": "string"}, "totals": counts,
   "by_origin_province": {"type": "array", "items": labor_line}, "by_origin_county": {"type": "array", "items": labor_line},
   "by_fujian_city": {"type": "array", "items": labor_line}, "by_poverty_status": {"type": "array", "items": labor_line},
   "median_days_to_proposal": {"type": ["number", "null"]}, "median_days_to_hire": {"type": ["number", "null"]}},
   ["from", "to", "totals", "by_origin_province", "by_origin_county", "by_fujian_city", "by_poverty_status"]),
 "SubsidyReport": obj({"year": {"type": "integer"}, "from": report_day, "to": report_day, "lines": {"type": "array", "items": obj({"policy_code": {"type": "string"}, "policy_name": {"type": "string"},
   "status": {"type": "string", "enum": ["pending", "approved", "paid", "rejected", "withdrawn"]}, "claims": {"type": "integer"}, "amount_fen": {"type": "integer"}})},
   "paid_fen": {"type": "integer"}, "pending_fen": {"type": "integer"}}),
 "ParksReport": obj({"year": {"type": "integer"}, "from": report_day, "to": report_day, "parks": {"type": "array", "items": park_line}, "totals": park_line}),
 "AssessmentReport": obj({"year": {"type": "integer"}, "pairings": {"type": "array", "items": obj({
     "pairing_id": {"type": "integer"}, "kind": ref("PairingKind"), "fujian_region_code": {"type": "string"}, "fujian_region_name": {"type": "string"},
     "ningxia_region_code": {"type": "string"}, "ningxia_region_name": {"type": "string"},
     "lines": {"type": "array", "items": obj({
         "metric": {"type": "string", "enum": ['funds_committed_fen', 'funds_transferred_fen', 'people_placed', 'lifted_placed', 'monitored_placed', 'people_trained', 'enterprises_brought_in', 'investment_arrived_fen', 'jobs_for_lifted', 'cadres_sent', 'technicians_sent', 'consumption_fen', 'donations_fen']},
         "aspect": {"type": "string", "enum": ["funds", "labor", "industry", "talent", "consumption", "social"]},
         "target": {"type": "integer"}, "actual": {"type": "integer"}, "previous_actual": {"type": "integer"},
         "completion_per_mille": {"type": "integer"}, "change": {"type": "integer"}}, ["metric", "aspect"])}})}}),
})

# --- The cooperation's other records: targets, talent, consumption, donations, meetings ---------
metrics = ['funds_committed_fen', 'funds_transferred_fen', 'people_placed', 'lifted_placed', 'monitored_placed', 'people_trained', 'enterprises_brought_in', 'investment_arrived_fen', 'jobs_for_lifted', 'cadres_sent', 'technicians_sent', 'consumption_fen', 'donations_fen']
pairing_id = {"type": "integer", "minimum": 1, "maximum": 2147483647}
if_match = lambda what: {"name": "If-Match", "in": "header", "required": True, "schema": {"type": "string"}, "description": f"The ETag of the {what} as read, e.g. \"1\", or *."}
changed = lambda what: {**errs(*auth, "403", "404", "413", "415", "422"), "412": problem(f"The {what} changed since it was read."), "428": problem("If-Match is missing.")}
created = lambda schema: ok(ref(schema), "Created; a retry with the same Idempotency-Key and body returns this response again", "201")
optional_text = lambda n: {"type": "string", "maxLength": n, "pattern": f"^{NOT_CONTROL}*$"}
# Several lines allowed: line feeds and carriage returns, no other control character.
paragraphs = {"type": "string", "maxLength": 2000, "pattern": "^[^\\u0000-\\u0009\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f]*$"}
year_path = pp("year", {"type": "string"}, "The year, e.g. 2026")
list_page = [qp("limit", {"type": "integer", "minimum": 1, "maximum": 500, "default": 100}, "Page size."), qp("offset", {"type": "integer", "minimum": 0, "maximum": 1000000, "default": 0}, "Rows to skip.")]
pairing_q = qp("pairing_id", pairing_id, "Only this pairing (404 when it is not in the caller's scope); default every pairing the caller sees.")
year_q = qp("year", {"type": "integer", "minimum": 1996, "maximum": 2100}, "Only this year.")
read_roles = "(cooperation office, observer, admin)"
write_roles = "(cooperation office in scope of the pairing, admin)"
paths.update({
 "/v1/pairings/{id}/targets/{year}": {
   "get": op("getPairingTargets", "A pairing's agreed targets (协议指标) for a year, the value in force of each metric and every version with its reason " + read_roles, ["cooperation"],
     {**ok(ref("PairingTargets")), **errs(*auth, "403", "404", "422")}, params=[pp("id", {"type": "string"}, "Pairing id"), year_path]),
   "put": op("setPairingTargets", "Set targets: each changed value becomes a new version with the reason; unchanged ones are left alone. If-Match names the ETag read (the number of versions), so a change is never made against targets someone else changed since " + write_roles, ["cooperation"],
     {**ok(ref("PairingTargets")), **changed("targets")}, params=[pp("id", {"type": "string"}, "Pairing id"), year_path, if_match("targets")],
     body=obj({"targets": {"type": "object", "additionalProperties": False, "minProperties": 1,
                            "properties": {m: {"type": "integer", "minimum": 0, "maximum": 10000000000000 if m.endswith("_fen") else 10000000} for m in metrics}},
               "reason": text_field(200)}))},
 "/v1/talent": {
   "post": op("createTalentAssignment", "Record a person sent to serve on the other side of a pairing (人才交流) " + write_roles, ["cooperation"],
     {**created("TalentAssignment"), **errs(*auth, "403", "409", "413", "415", "422")}, params=[idempotency_key],
     body=obj({"pairing_id": pairing_id, "kind": ref("TalentKind"), "direction": ref("TalentDirection"), "person_name": text_field(50),
               "home_unit": text_field(200), "host_unit": text_field(200), "post": text_field(100), "starts_on": day, "ends_on": day},
              ["pairing_id", "kind", "direction", "person_name", "home_unit", "host_unit", "post", "starts_on"]),
     desc="starts_on lies in a year the pairing runs, at most 366 days ahead; ends_on (absent while serving) is on or after it and within ten years."),
   "get": op("listTalentAssignments", "People serving at some time in the year (or ever), with the days served in it derived from the dates " + read_roles, ["cooperation"],
     {**ok(items("TalentAssignment")), **errs(*auth, "403", "404", "422")}, params=[pairing_q, qp("year", {"type": "integer", "minimum": 1996, "maximum": 2100}, "Only postings that overlap this year; days_served_in_year counts in it (default: the current year).")])},
 "/v1/talent/{id}": {
   "get": op("getTalentAssignment", "One posting " + read_roles, ["cooperation"], {**ok(ref("TalentAssignment")), **errs(*auth, "403", "404", "422")},
     params=[pp("id", uuid, "Posting id"), year_q]),
   "patch": op("updateTalentAssignment", "Change the host unit or post, or record the end (null: still serving); If-Match required " + write_roles, ["cooperation"],
     {**ok(ref("TalentAssignment")), **changed("posting")}, params=[pp("id", uuid, "Posting id"), if_match("posting")],
     body={**obj({"host_unit": text_field(200), "post": text_field(100), "ends_on": {"oneOf": [day, {"type": "null"}]}}, []), "minProperties": 1})},
 "/v1/consumption": {
   "post": op("createConsumptionPurchase", "Record a purchase of Ningxia products by a Fujian buyer (消费协作) " + write_roles, ["cooperation"],
     {**created("ConsumptionPurchase"), **errs(*auth, "403", "409", "413", "415", "422")}, params=[idempotency_key],
     body=obj({"pairing_id": pairing_id, "buyer_name": text_field(200), "buyer_kind": ref("BuyerKind"), "product_category": ref("ProductCategory"),
               "origin_region_code": region_code, "amount_fen": {"type": "integer", "minimum": 1, "maximum": 100000000000}, "purchased_on": day, "evidence_ref": text_field(100)}),
     desc="The product comes from the pairing's Ningxia side (origin_region_code at or under it); the purchase is not in the future and falls in a year the pairing runs."),
   "get": op("listConsumptionPurchases", "Purchases by day " + read_roles, ["cooperation"], {**ok(items("ConsumptionPurchase")), **errs(*auth, "403", "404", "422")},
     params=[pairing_q, year_q, *list_page])},
 "/v1/consumption/imports": {"post": {**op("importConsumptionPurchases", "Import a county's purchase ledger for one pairing: a CSV file (UTF-8 or GB18030) with the template's Chinese headers (amounts in 元) or the API's names (fen); every bad line is named as lines[N].column and one bad line stores nothing " + write_roles, ["cooperation"],
     {**ok(ref("ConsumptionImport"), "Checked (dry run): nothing stored"), **ok(ref("ConsumptionImport"), "Stored; a retry with the same Idempotency-Key and file returns this response again", "201"), **errs(*auth, "403", "409", "413", "415", "422")},
     params=[{**qp("pairing_id", pairing_id, "The pairing every line is for."), "required": True}, qp("dry_run", {"type": "string", "enum": ["true", "false"]}, "true: check every line and store nothing."), idempotency_key]),
     "requestBody": {"required": True, "content": {"text/csv": {"schema": {"type": "string"}}}}}},
 "/v1/donations": {
   "post": op("createDonation", "Record a donation to a pairing's Ningxia side (社会参与): money, or goods at their receipt's value " + write_roles, ["cooperation"],
     {**created("Donation"), **errs(*auth, "403", "409", "413", "415", "422")}, params=[idempotency_key],
     body=obj({"pairing_id": pairing_id, "donor_name": text_field(200), "donor_kind": ref("DonorKind"), "form": ref("DonationForm"),
               "value_fen": {"type": "integer", "minimum": 1, "maximum": 100000000000}, "description": optional_text(200), "received_on": day, "project_id": uuid},
              ["pairing_id", "donor_name", "donor_kind", "form", "value_fen", "received_on"]),
     desc="Goods (form in_kind) need a description; project_id names a project of the same pairing."),
   "get": op("listDonations", "Donations by day " + read_roles, ["cooperation"], {**ok(items("Donation")), **errs(*auth, "403", "404", "422")},
     params=[pairing_q, year_q, *list_page])},
 "/v1/meetings": {
   "post": op("createMeeting", "Record a joint meeting (联席会议) with its follow-up items (督办事项) and the office's 存在问题 / 下一步工作 for the meeting pack: provincial ones by a province-wide office or an admin, city and county ones for a pairing in scope", ["cooperation"],
     {**created("Meeting"), **errs(*auth, "403", "409", "413", "415", "422")}, params=[idempotency_key],
     body=obj({"held_on": day, "level": ref("MeetingLevel"), "place": text_field(200), "pairing_id": pairing_id,
               "attendee_units": {"type": "array", "minItems": 1, "maxItems": 50, "items": text_field(200)},
               "problems": paragraphs, "next_steps": paragraphs,
               "decisions": {"type": "array", "maxItems": 50, "items": obj({"task": text_field(500), "owner_bureau_id": uuid, "due_on": day})}},
              ["held_on", "level", "place", "attendee_units"]),
     desc="A provincial meeting has no pairing_id, a city or county one has one; each item falls due on or after the meeting."),
   "get": op("listMeetings", "Meetings, newest first: the provincial ones and those of pairings in scope " + read_roles, ["cooperation"],
     {**ok(items("Meeting")), **errs(*auth, "403", "422")}, params=[year_q])},
 "/v1/meetings/{id}": {"get": op("getMeeting", "One meeting with its follow-up items " + read_roles, ["cooperation"], {**ok(ref("Meeting")), **errs(*auth, "403", "404")},
     params=[pp("id", uuid, "Meeting id")])},
 "/v1/meeting-decisions": {"get": op("listOwnedMeetingDecisions", "The follow-up items the caller's bureau owns, open ones first by due day, overdue marked (every bureau but observers)", ["cooperation"],
     {**ok(items("MeetingDecision")), **errs(*auth, "403", "422")}, params=[qp("status", ref("DecisionStatus"), "Only this status.")])},
 "/v1/meeting-decisions/{id}": {"patch": op("reportMeetingDecision", "Report progress on a follow-up item, or that it is done (with the day; final): by its owner bureau or an office of the meeting's scope; If-Match required", ["cooperation"],
     {**ok(ref("MeetingDecision")), **changed("item"), "409": R["409"]}, params=[pp("id", uuid, "Follow-up item id"), if_match("item")],
     body=obj({"status": ref("DecisionStatus"), "progress": optional_text(1000), "done_on": day}, ["status"]))},
})
def enum(*values): return {"type": "string", "enum": list(values)}
decision = obj({"id": uuid, "meeting_id": uuid, "position": {"type": "integer"}, "task": {"type": "string"}, "owner_bureau_id": uuid, "owner_bureau_name": {"type": "string"},
   "due_on": {"type": "string"}, "status": ref("DecisionStatus"), "progress": {"type": "string"}, "done_on": {"type": ["string", "null"]}, "overdue": {"type": "boolean"}, "version": {"type": "integer"}},
   ["id", "meeting_id", "position", "task", "owner_bureau_id", "owner_bureau_name", "due_on", "status", "progress", "overdue", "version"])
schemas.update({
 "TalentKind": enum("cadre", "teacher", "doctor", "agronomist", "technician"),
 "TalentDirection": enum("to_ningxia", "to_fujian"),
 "BuyerKind": enum("government_canteen", "enterprise", "union", "ecommerce", "other"),
 "ProductCategory": enum("grain_oil", "beef_mutton", "wolfberry", "wine", "fruit_vegetables", "dairy", "handicraft", "other"),
 "DonorKind": enum("enterprise", "social_organisation", "individual", "other"),
 "DonationForm": enum("money", "in_kind"),
 "MeetingLevel": enum("province", "city", "county"),
 "DecisionStatus": enum("open", "done"),
 "PairingTargets": obj({"pairing_id": {"type": "integer"}, "year": {"type": "integer"},
   "targets": {"type": "object", "additionalProperties": False, "properties": {m: {"type": "integer"} for m in metrics}},
   "history": {"type": "array", "items": obj({"metric": {"type": "string", "enum": metrics}, "version": {"type": "integer"}, "value": {"type": "integer"},
      "reason": {"type": "string"}, "set_by_bureau": {"type": "string"}, "set_at": ts})},
   "changed": {"type": "array", "items": {"type": "string", "enum": metrics}}}, ["pairing_id", "year", "targets", "history"]),
 "TalentAssignment": obj({"id": uuid, "pairing_id": {"type": "integer"}, "kind": ref("TalentKind"), "direction": ref("TalentDirection"), "person_name": {"type": "string"},
   "home_unit": {"type": "string"}, "host_unit": {"type": "string"}, "post": {"type": "string"}, "starts_on": {"type": "string"}, "ends_on": {"type": ["string", "null"]},
   "year": {"type": "integer"}, "days_served_in_year": {"type": "integer", "minimum": 0, "maximum": 366}, "version": {"type": "integer"}, "created_at": ts},
   ["id", "pairing_id", "kind", "direction", "person_name", "home_unit", "host_unit", "post", "starts_on", "year", "days_served_in_year", "version", "created_at"]),
 "ConsumptionPurchase": obj({"id": uuid, "pairing_id": {"type": "integer"}, "buyer_name": {"type": "string"}, "buyer_kind": ref("BuyerKind"), "product_category": ref("ProductCategory"),
   "origin_region_code": {"type": "string"}, "amount_fen": {"type": "integer"}, "purchased_on": {"type": "string"}, "evidence_ref": {"type": "string"}, "created_at": ts}),
 "ConsumptionImport": obj({"pairing_id": {"type": "integer"}, "dry_run": {"type": "boolean"}, "purchases": {"type": "integer"}}),
 "Donation": obj({"id": uuid, "pairing_id": {"type": "integer"}, "donor_name": {"type": "string"}, "donor_kind": ref("DonorKind"), "form": ref("DonationForm"),
   "value_fen": {"type": "integer"}, "description": {"type": "string"}, "received_on": {"type": "string"}, "project_id": {"type": ["string", "null"]}, "created_at": ts},
   ["id", "pairing_id", "donor_name", "donor_kind", "form", "value_fen", "description", "received_on", "created_at"]),
 "MeetingDecision": decision,
 "Meeting": obj({"id": uuid, "held_on": {"type": "string"}, "level": ref("MeetingLevel"), "place": {"type": "string"}, "pairing_id": {"type": ["integer", "null"]},
   "attendee_units": {"type": "array", "items": {"type": "string"}}, "problems": {"type": "string"}, "next_steps": {"type": "string"},
   "decisions": {"type": "array", "items": decision}, "created_at": ts},
   ["id", "held_on", "level", "place", "attendee_units", "problems", "next_steps", "decisions", "created_at"]),
})

doc = {
 "openapi": "3.1.0",
 "info": {"title": "Minning (闽宁) API", "version": "0.1.0",
   "description": "System of record for Fujian–Ningxia east–west labor cooperation. Errors are RFC 9457 problem+json; their title, detail and field messages (and warnings and alert texts) are Chinese by default and English with Accept-Language: en; branch on type URNs and field names, never on text. Keys are snake_case, dates ISO 8601, money integer fen.",
   "license": {"name": "Proprietary", "identifier": "LicenseRef-Proprietary"}},
 "servers": [{"url": "http://127.0.0.1:8080"}],
 "security": [{"bearer": []}],
 "tags": [{"name": n} for n in ["operations", "auth", "reference", "bureaus", "workers", "employers", "vacancies", "training", "matching", "placements", "funds", "subsidies", "parks", "cooperation", "reports"]],
 "paths": paths,
 "components": {"schemas": schemas, "responses": responses,
   "headers": {"RequestId": {"description": "The request's id, for support and log search.", "schema": {"type": "string"}}},
   "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer", "description": "An API key issued by `minning keys create` or POST /v1/bureaus/{id}/keys."}}},
}
text = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
target = ROOT / "docs" / "openapi.json"
if "--check" in sys.argv[1:]:
    if target.read_text(encoding="utf-8") != text:
        sys.exit("docs/openapi.json is stale: run python3 docs/generate-openapi.py and commit the result")
    print("docs/openapi.json is up to date")
else:
    target.write_text(text, encoding="utf-8")
