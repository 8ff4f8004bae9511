#!/usr/bin/env python3
# Writes assets/api/openapi.json, the OpenAPI 3 description of the server's API (SPEC 8), from
# the compact definitions below. Edit here and run it; tests/server/openapi_test.cpp then checks
# the result against the server: every documented route exists and answers a documented status,
# and every route is documented. (A developer's tool: nothing in the build or tests runs it.)
import json
import os

OUTPUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "assets", "api",
                      "openapi.json")
S = lambda name: {"$ref": "#/components/schemas/" + name}
def obj(props, required=None, extra=True):
    o = {"type": "object", "properties": props}
    if required: o["required"] = required
    if not extra: o["additionalProperties"] = False
    return o
string = {"type": "string"}
integer = {"type": "integer"}
boolean = {"type": "boolean"}
date = {"type": "string", "format": "date"}
datetime = {"type": "string", "format": "date-time"}
nullable = lambda s: {**s, "nullable": True}
arr = lambda s: {"type": "array", "items": s}
E = lambda desc: {"description": desc, "content": {"application/json": {"schema": S("Error")}}}
J = lambda desc, schema: {"description": desc, "content": {"application/json": {"schema": schema}}}
def resp(ok_status, ok, *errors):
    text = {400: "Not one JSON object, or a parameter not understood", 401: "Not signed in",
            403: "Signed in, but the role does not allow it", 404: "No such thing, or not visible to this user",
            409: "wrong_state or stale_version", 411: "No Content-Length", 413: "Body over the limit",
            415: "Wrong media type, or a Content-Encoding on the body",
            422: "invalid_request with findings, or a precondition's own code", 429: "too_many_attempts",
            503: "The database does not answer", 414: "The address (e.g. a search text) is too long"}
    r = {str(ok_status): ok}
    for e in errors: r[str(e)] = E(text[e])
    return r
page_params = [
    {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1}, "description": "Counted from 1"},
    {"name": "per_page", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 200}}]
def q(name, schema=string, desc=None):
    p = {"name": name, "in": "query", "schema": schema}
    if desc: p["description"] = desc
    return p
def pid(name="id"):
    return {"name": name, "in": "path", "required": True, "schema": {"type": "integer", "minimum": 1}}
json_body = lambda schema, desc=None: {"required": True, "content": {"application/json": {"schema": schema}}, **({"description": desc} if desc else {})}
pdf_body = {"required": True, "description": "A PDF: begins with %PDF- and ends with %%EOF; at most 10 MiB",
            "content": {"application/pdf": {"schema": {"type": "string", "format": "binary"}}}}
pdf_ok = {"description": "The PDF, as an attachment", "content": {"application/pdf": {"schema": {"type": "string", "format": "binary"}}}}
csv_ok = {"description": "UTF-8 CSV with a byte order mark; every cell quoted; a cell beginning with =, +, -, @, tab or carriage return is prefixed with '",
          "content": {"text/csv": {"schema": {"type": "string"}}}}
states = ["awaiting_principal", "in_review", "needs_completion", "dpa_pending", "approved", "ordered",
          "rejected", "declined", "withdrawn", "direct_purchase_allowed"]
actions = ["principal_approve", "principal_decline", "assign", "request_completion", "resubmit",
           "require_dpa", "record_dpa", "approve", "reject", "allow_direct_purchase", "mark_ordered",
           "withdraw", "comment"]
kinds = ["new_resource", "usage_registration", "book_assessment"]
catalog_status = ["approved", "approved_with_conditions", "phased_out", "not_approved"]

roles = ["requester", "principal", "reviewer", "infosec", "admin"]
schemas = {
  "Unit": obj({"id": integer, "name": string, "school_form": string}, ["id", "name", "school_form"]),
  "Account": obj({"id": integer, "email": string, "name": string, "roles": arr({"type": "string", "enum": roles}),
                  "units": arr(integer), "disabled": boolean}, ["id", "email", "name", "roles", "units", "disabled"]),
  "UserList": obj({"items": arr(S("Account")), "total": integer, "page": integer, "per_page": integer}, ["items", "total", "page", "per_page"]),
  "NewUser": obj({"email": string, "name": string, "roles": arr({"type": "string", "enum": roles}), "units": arr(integer),
                  "password": {"type": "string", "minLength": 8}}, ["email", "name", "roles", "password"], False),
  "UserEdit": obj({"name": string, "roles": arr({"type": "string", "enum": roles}), "units": arr(integer), "disabled": boolean}, None, False),
  "Error": obj({"error": obj({"code": string, "message": string, "findings": arr(S("Finding"))}, ["code", "message"])}, ["error"]),
  "Finding": obj({"field": string, "code": string, "severity": {"type": "string", "enum": ["error", "warning", "info"]}, "message": string}),
  "Risk": obj({"level": {"type": "string", "enum": ["low", "medium", "high"]}, "dpa_required": boolean, "reasons": arr(obj({}))}),
  "RequestFields": {"type": "object", "description": "The flat request object of SPEC 2 (GET /api/v1/form lists its fields)", "additionalProperties": True},
  "User": obj({"user": obj({"id": integer, "email": string, "name": string, "roles": arr(string), "units": arr(integer)})}, ["user"]),
  "Submitted": obj({"id": integer, "case_number": string, "state": {"type": "string", "enum": states}, "version": integer}, ["id", "case_number", "state", "version"]),
  "Request": obj({"id": integer, "case_number": string, "state": {"type": "string", "enum": states}, "version": integer,
                  "kind": {"type": "string", "enum": kinds}, "request": S("RequestFields"), "risk": S("Risk"),
                  "findings": arr(S("Finding")), "assignee": nullable(integer), "created_at": datetime, "updated_at": datetime,
                  "timeline": arr(obj({"at": datetime, "by": nullable(obj({})), "action": string, "from": nullable(string), "to": nullable(string), "comment": string})),
                  "comments": arr(obj({})), "attachments": arr(obj({})), "allowed_actions": arr({"type": "string", "enum": actions})},
                 ["id", "case_number", "state", "version", "kind", "request", "risk", "findings", "timeline", "allowed_actions"]),
  "RequestList": obj({"items": arr(obj({"id": integer, "case_number": string, "state": string, "kind": string, "resource_name": string,
                                       "unit_id": integer, "risk": string, "assignee": nullable(integer), "assignee_name": nullable(string),
                                       "waiting_days": integer, "reminder_due": {"type": "boolean"}, "created_at": datetime, "updated_at": datetime})),
                      "total": integer, "page": integer, "per_page": integer}, ["items", "total", "page", "per_page"]),
  "Action": obj({"action": {"type": "string", "enum": actions}, "version": integer, "comment": string, "assignee": integer,
                 "agreement_id": integer, "reference": string, "signed_on": date, "valid_from": date, "valid_until": date,
                 "attachment_id": integer, "conditions": string, "order_reference": string, "service_agreement_id": integer},
                ["action", "version"]),
  "CatalogList": obj({"items": arr(obj({"id": integer, "name": string, "supplier_name": string, "resource_type": string,
                                       "grade_levels": arr(string), "status": {"type": "string", "enum": catalog_status},
                                       "dpa_valid_until": nullable(date), "unit_count": integer, "dpa_expired": boolean, "conditions": string})),
                      "total": integer, "page": integer, "per_page": integer}, ["items", "total", "page", "per_page"]),
  "CatalogEntry": obj({"id": integer, "name": string, "supplier_name": string, "status": {"type": "string", "enum": catalog_status},
                       "supplier_org_number": string, "website_url": string, "description": string, "resource_type": string,
                       "grade_levels": arr(string), "personal_data": obj({}), "decided_at": nullable(datetime), "decided_on": nullable(date),
                       "case_number": nullable(string), "conditions": string, "reason": string, "dpa_expired": boolean, "dpa": nullable(S("AgreementRef")),
                       "service_agreement": nullable(S("AgreementRef")), "units": arr(S("Usage"))}),
  "AgreementRef": obj({"id": integer, "reference": string, "valid_from": date, "valid_until": date, "valid": boolean, "expired": boolean}),
  "Usage": obj({"unit_id": integer, "unit_name": string, "register_holder_name": string, "register_holder_email": string,
                "system_admin_name": string, "system_admin_email": string, "since": date, "ended": nullable(date)}),
  "CatalogEdit": obj({"status": {"type": "string", "enum": catalog_status}, "conditions": string, "reason": string}, ["status"], False),
  "UsageEdit": obj({"register_holder_name": string, "register_holder_email": string, "system_admin_name": string,
                    "system_admin_email": string, "ended": nullable(date)}, None, False),
  "Changes": obj({"items": arr(obj({"id": integer, "at": datetime, "by": nullable(obj({})), "catalog_id": integer, "resource_name": string,
                                   "unit_id": integer, "unit_name": string, "kind": {"type": "string", "enum": ["started", "register_holder", "system_admin", "ended"]},
                                   "before": obj({}), "after": obj({}), "case_number": nullable(string)})), "total": integer, "page": integer, "per_page": integer}),
  "NewAgreement": obj({"kind": {"type": "string", "enum": ["dpa", "service_agreement"]}, "supplier_name": string, "reference": string,
                       "route": {"type": "string", "enum": ["atea", "gr_utbildning", "direct_procurement"]}, "signed_on": date,
                       "valid_from": date, "valid_until": date, "catalog_ids": arr(integer), "attachment_id": integer},
                      ["kind", "supplier_name", "reference", "signed_on", "valid_from", "valid_until"], False),
  "AgreementEdit": obj({"reference": string, "supplier_name": string, "route": string, "catalog_ids": arr(integer),
                        "renewal": obj({"signed_on": date, "valid_from": date, "valid_until": date}, ["signed_on", "valid_from", "valid_until"]),
                        "terminated_on": date}, None, False),
  "Agreement": obj({"id": integer, "kind": string, "supplier_name": string, "reference": string, "route": nullable(string),
                    "signed_by": string, "signed_on": date, "valid_from": date, "valid_until": date, "terminated_on": nullable(date),
                    "status": {"type": "string", "enum": ["valid", "expiring", "expired", "terminated", "not_yet_valid"]},
                    "days_left": nullable(integer), "entries": arr(obj({"id": integer, "name": string})), "has_document": boolean, "document_id": nullable(integer), "request_id": nullable(integer), "case_number": nullable(string),
                    "periods": arr(obj({"signed_on": date, "valid_from": date, "valid_until": date, "recorded_at": datetime, "recorded_by": nullable(obj({"id": integer, "name": string}))})),
                    "documents": arr(obj({"id": integer, "name": string, "size": integer, "uploaded_at": datetime}))}),
  "AgreementList": obj({"items": arr(S("Agreement")), "total": integer, "page": integer, "per_page": integer}),
  "Notifications": obj({"items": arr(obj({"id": integer, "request_id": nullable(integer), "case_number": string, "resource_name": nullable(string), "kind": string,
                                         "text": string, "comment": nullable(string), "by": nullable(obj({"id": integer, "name": string})),
                                         "from": nullable(string), "to": nullable(string), "created_at": datetime, "read": boolean})),
                        "unread_count": integer, "total": integer, "page": integer, "per_page": integer}),
  "Audit": obj({"items": arr(obj({"id": integer, "at": datetime, "user": nullable(obj({})), "entity": string, "entity_id": integer,
                                 "action": string, "from": nullable(string), "to": nullable(string), "comment": string, "details": obj({})})),
                "total": integer, "page": integer, "per_page": integer}),
  "Stats": obj({"today": date, "typical_wait_days": nullable({"type": "number"}), "typical_wait_basis": integer,
                "by_state": obj({s: integer for s in states}),
                "open_by_age": obj({}, None), "lead_times": arr(obj({"month": string, "stage": string, "median_days": {"type": "number"}, "count": integer}))},
               ["today", "typical_wait_days", "by_state"]),
}

lang = {"name": "Accept-Language", "in": "header", "schema": string, "description": "sv (default) or en: the language of messages"}
def op(summary, responses, params=None, body=None, who=None):
    o = {"summary": summary, "responses": responses}
    if who: o["description"] = "Who: " + who
    if params: o["parameters"] = params
    if body: o["requestBody"] = body
    return o

paths = {
 "/healthz": {"get": op("Whether the server and its database answer", {"200": J("ok", obj({"status": {"type": "string", "enum": ["ok"]}})), "503": E("The database does not answer")}, who="anyone")},
 "/metrics": {"get": op("Prometheus text format: requests by route and status, latency, requests by state, outbox backlog",
                        {"200": {"description": "text/plain; version=0.0.4", "content": {"text/plain": {"schema": string}}}, "404": E("Asked through the proxy or from another machine")},
                        who="a scraper on the same machine, not through the proxy")},
 "/api/v1/openapi.json": {"get": op("This description", {"200": J("OpenAPI 3.0", obj({}))}, who="anyone")},
 "/api/v1/session": {
   "post": op("Sign in; sets the session cookie", resp(200, J("The user", S("User")), 400, 401, 415, 422, 429),
              body=json_body(obj({"email": string, "password": string}, ["email", "password"], False)), who="anyone"),
   "get": op("Who am I", resp(200, J("The user", S("User")), 401), who="signed in"),
   "delete": op("Sign out", {"204": {"description": "Signed out; the cookie is cleared"}, "401": E("Not signed in")}, who="signed in")},
 "/api/v1/form": {"get": op("The form definition from the core: sections, fields, options, labels", resp(200, J("The form", obj({})), 401), who="signed in")},
 "/api/v1/validate": {"post": op("Findings and risk of a request object, whatever the findings",
                                 resp(200, J("Findings and risk", obj({"findings": arr(S("Finding")), "risk": S("Risk")})), 400, 401, 411, 413, 415),
                                 body=json_body(S("RequestFields")), who="signed in")},
 "/api/v1/requests": {
   "post": op("Submit a request", resp(201, J("Submitted", S("Submitted")), 400, 401, 403, 411, 413, 415, 422),
              params=[{"name": "Idempotency-Key", "in": "header", "schema": string, "description": "The same key from the same user returns the first response"}],
              body=json_body(S("RequestFields")), who="requester, principal"),
   "get": op("The requests this user may see, paged", resp(200, J("A page", S("RequestList")), 400, 401),
             params=[q("state", {"type": "string", "enum": states}), q("unit_id", integer), q("kind", {"type": "string", "enum": kinds}),
                     q("risk", {"type": "string", "enum": ["low", "medium", "high"]}), q("assignee", string, "A user id, 'me', or 'none' for the unassigned"), q("owner", {"type": "string", "enum": ["me"]}, "Only the requests this user submitted"), q("open", {"type": "string", "enum": ["1", "true"]}, "Only requests in an open state"), q("q", string, "Case number or resource name"),
                     q("sort", {"type": "string", "enum": ["waiting", "risk", "updated"]}, "risk: high first, the unassigned first within a level, then the longest waiting")] + page_params, who="signed in")},
 "/api/v1/requests/{id}": {
   "get": op("A request", resp(200, J("The request", S("Request")), 401, 404), params=[pid()], who="who may see it"),
   "put": op("Save an edit in needs_completion", resp(200, J("The request", S("Request")), 400, 401, 403, 404, 409, 411, 413, 415, 422),
             params=[pid()], body=json_body(obj({"version": integer, "request": S("RequestFields")}, ["version", "request"], False)), who="the owner")},
 "/api/v1/requests/{id}/actions": {"post": op("Take an action (SPEC 4)", resp(200, J("The request", S("Request")), 400, 401, 403, 404, 409, 411, 413, 415, 422),
                                              params=[pid()], body=json_body(S("Action")), who="per SPEC 4")},
 "/api/v1/requests/{id}/attachments": {"post": op("Attach a PDF", resp(201, J("Stored", obj({"attachment_id": integer})), 401, 404, 411, 413, 415),
                                                  params=[pid(), q("name", string, "A label only, never a path")], body=pdf_body, who="who may see the request")},
 "/api/v1/requests/{id}/attachments/{aid}": {"get": op("Download an attachment", {"200": pdf_ok, "401": E("Not signed in"), "404": E("No such attachment, or not visible")},
                                                        params=[pid(), pid("aid")], who="who may see the request")},
 "/api/v1/units": {"get": op("The units", resp(200, J("Units", arr(S("Unit"))), 401), who="signed in"),
                   "post": op("Add a unit", resp(201, J("Created", obj({"id": integer}, ["id"])), 400, 401, 403, 411, 413, 415, 422),
                              body=json_body(obj({"name": string, "school_form": string}, ["name"], False)), who="admin")},
 "/api/v1/users": {
   "get": op("Accounts by name; q matches a part of the name or e-mail. Never a password hash", resp(200, J("A page", S("UserList")), 400, 401, 403),
             params=[q("q", string, "A part of a name or e-mail address")] + page_params, who="admin"),
   "post": op("Create an account; 422 finding email_taken on email when the address is taken", resp(201, J("Created", obj({"id": integer}, ["id"])), 400, 401, 403, 411, 413, 415, 422),
              body=json_body(S("NewUser")), who="admin")},
 "/api/v1/users/{id}": {"put": op("Change an account's name, roles, units or whether it is disabled; disabling ends its sessions. 422 own_account for an admin disabling themselves or giving up their own admin role",
                                  resp(200, J("The account", S("Account")), 400, 401, 403, 404, 411, 413, 415, 422),
                                  params=[pid()], body=json_body(S("UserEdit")), who="admin")},
 "/api/v1/users/{id}/password": {"post": op("Set a new password; ends the account's sessions", resp(204, {"description": "Set"}, 400, 401, 403, 404, 411, 413, 415, 422),
                                            params=[pid()], body=json_body(obj({"password": string}, ["password"], False)), who="admin")},
 "/api/v1/units/{id}": {"put": op("Rename a unit or change its school form", resp(200, J("The unit", S("Unit")), 400, 401, 403, 404, 411, 413, 415, 422),
                                  params=[pid()], body=json_body(obj({"name": string, "school_form": string}, None, False)), who="admin")},
 "/api/v1/reviewers": {"get": op("The enabled reviewers, by name: who assign may name as assignee", resp(200, J("Reviewers", arr(obj({"id": integer, "name": string}, ["id", "name"]))), 401, 403), who="reviewer, infosec")},
 "/api/v1/catalog": {"get": op("The catalogue: search any word of name, supplier or description (never query syntax); filter by grade, type, status",
                               resp(200, J("A page", S("CatalogList")), 400, 401, 414),
                               params=[q("q"), q("grade"), q("type"), q("status", {"type": "string", "enum": catalog_status})] + page_params, who="signed in")},
 "/api/v1/catalog/{id}": {
   "get": op("A catalogue entry with its agreements and units", resp(200, J("The entry", S("CatalogEntry")), 401, 404), params=[pid()], who="signed in"),
   "put": op("Edit an entry's status and conditions", resp(200, J("The entry", S("CatalogEntry")), 400, 401, 403, 404, 411, 413, 415, 422),
             params=[pid()], body=json_body(S("CatalogEdit")), who="reviewer")},
 "/api/v1/catalog/{id}/units/{unit_id}": {"put": op("A unit's register holder, system administrator and end of use",
                                                    resp(200, J("The entry", S("CatalogEntry")), 400, 401, 403, 404, 411, 413, 415, 422),
                                                    params=[pid(), pid("unit_id")], body=json_body(S("UsageEdit")), who="principal of the unit, reviewer")},
 "/api/v1/changes": {"get": op("The feed of register holder and system administrator changes, newest first", resp(200, J("A page", S("Changes")), 400, 401, 403),
                               params=[q("unit_id", integer), q("catalog_id", integer)] + page_params, who="reviewer, infosec")},
 "/api/v1/agreements": {
   "get": op("Agreements, those expiring within 90 days first", resp(200, J("A page", S("AgreementList")), 400, 401, 403),
             params=[q("expiring_within_days", integer), q("kind", {"type": "string", "enum": ["dpa", "service_agreement"]}), q("q")] + page_params, who="reviewer, infosec"),
   "post": op("Create an agreement", resp(201, J("Created", obj({"id": integer}, ["id"])), 400, 401, 403, 411, 413, 415, 422),
              body=json_body(S("NewAgreement")), who="reviewer, infosec")},
 "/api/v1/agreements/{id}": {
   "get": op("An agreement with its periods and documents", resp(200, J("The agreement", S("Agreement")), 401, 403, 404), params=[pid()], who="reviewer, infosec"),
   "put": op("Edit, renew or terminate an agreement", resp(200, J("The agreement", S("Agreement")), 400, 401, 403, 404, 409, 411, 413, 415, 422),
             params=[pid()], body=json_body(S("AgreementEdit")), who="reviewer, infosec")},
 "/api/v1/agreements/{id}/document": {
   "post": op("Attach the signed PDF", resp(201, J("Stored", obj({"document_id": integer})), 401, 403, 404, 411, 413, 415), params=[pid(), q("name", string, "A label only")], body=pdf_body, who="reviewer, infosec"),
   "get": op("Download the signed PDF", {"200": pdf_ok, "401": E("Not signed in"), "403": E("Not allowed"), "404": E("No agreement or no document")}, params=[pid()], who="reviewer, infosec")},
 "/api/v1/notifications": {"get": op("Own notifications, newest first", resp(200, J("A page", S("Notifications")), 400, 401), params=[q("unread", {"type": "string", "enum": ["true", "1", "false", "0"]}, "Only unread (true, 1) or only read (false, 0)")] + page_params, who="signed in")},
 "/api/v1/notifications/{id}/read": {"post": op("Mark one as read", resp(200, J("Read", obj({"id": integer, "read": boolean})), 401, 404), params=[pid()], who="its recipient")},
 "/api/v1/notifications/read": {"post": op("Mark all own as read", resp(200, J("Read", obj({"unread_count": integer})), 401), who="signed in")},
 "/api/v1/audit": {"get": op("The audit trail, newest first", resp(200, J("A page", S("Audit")), 400, 401, 403),
                             params=[q("entity"), q("entity_id", integer)] + page_params, who="reviewer, infosec, admin")},
 "/api/v1/stats": {"get": op("The typical wait and counts by state; for reviewer, infosec and admin also ages and lead times per stage and month",
                             resp(200, J("Statistics", S("Stats")), 401), who="signed in")},
 "/api/v1/export/catalog.csv": {"get": op("The catalogue as CSV", {"200": csv_ok, "401": E("Not signed in"), "403": E("Not allowed")}, who="reviewer, infosec")},
 "/api/v1/export/usage.csv": {"get": op("Which units use which resource, as CSV", {"200": csv_ok, "401": E("Not signed in"), "403": E("Not allowed")}, who="reviewer, infosec")},
}
for p in paths.values():
    for o in p.values():
        if isinstance(o, dict):
            o.setdefault("parameters", []).append({"$ref": "#/components/parameters/lang"})

doc = {"openapi": "3.0.3",
       "info": {"title": "Anskaffa", "version": "1",
                "description": "Requests for digital learning resources that handle personal data, their review, the data processing agreements and the catalogue of approved resources. JSON over HTTP; the session is an HttpOnly cookie set by POST /api/v1/session. Errors are {\"error\": {code, message, findings?}} with the message in the language of Accept-Language."},
       "servers": [{"url": "/"}],
       "components": {"schemas": schemas, "parameters": {"lang": lang},
                      "securitySchemes": {"session": {"type": "apiKey", "in": "cookie", "name": "anskaffa_session"}}},
       "security": [{"session": []}],
       "paths": paths}
open(OUTPUT, "w").write(json.dumps(doc, indent=1, ensure_ascii=False) + "\n")
