import HTTP1

/// `GET /api/openapi.json`: the OpenAPI 3.1 description of every route, its
/// request and its responses, the trace included. Kept as literal JSON so it
/// reads like the document it is; the tests parse it, check that it names
/// every route, and validate it with openapi-spec-validator and schemathesis.
public enum OpenAPIDocument {
    /// The response for `GET /api/openapi.json` (built once, shared by every request).
    public static func response() -> HTTPResponse { prebuilt }

    private static let prebuilt: HTTPResponse = {
        var response = HTTPResponse.json(bytes: Array(text.utf8))
        response.headers.add(name: "Cache-Control", value: "public, max-age=300")
        return response
    }()

    /// The document.
    public static let text = #"""
{
  "openapi": "3.1.0",
  "info": {
    "title": "Interleave",
    "version": "1.0.0",
    "summary": "A coroutine playground: run async/await programs in a deterministic sandbox and get their interleaving trace.",
    "license": {"name": "MIT", "identifier": "MIT"}
  },
  "paths": {
    "/api/run": {
      "post": {
        "operationId": "run",
        "summary": "Run a scenario and return its trace",
        "description": "A run that happened is 200 whatever its outcome (completed, exception, deadlock, limit). The options come in the JSON envelope, or as query parameters when the body is the bare program (text/x-python); query parameters with a JSON body are a 400. Requested limits may lower the server's maxima, never raise them; the trace's `limits` member says which applied. Runs are deterministic and cached (X-Cache); runs stopped by the wall clock are not cached.",
        "parameters": [
          {"name": "format", "in": "query", "description": "json (default): the trace. chrome: the same run in Chrome's trace-event format (Perfetto, chrome://tracing), uncached; a 413 when it exceeds the response budget. Read with either body type (the only query parameter a JSON body may carry).", "schema": {"type": "string", "enum": ["json", "chrome"]}},
          {"name": "policy", "in": "query", "schema": {"$ref": "#/components/schemas/Policy"}},
          {"name": "seed", "in": "query", "schema": {"type": "integer", "minimum": 0, "maximum": 9007199254740991}},
          {"name": "detail", "in": "query", "schema": {"$ref": "#/components/schemas/Detail"}},
          {"name": "schedule", "in": "query", "description": "Comma-separated choices, e.g. 0,2,1.", "schema": {"type": "string", "pattern": "^([0-9]+(,[0-9]+)*)?$"}},
          {"name": "steps", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 9007199254740991}},
          {"name": "tasks", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 9007199254740991}},
          {"name": "time", "in": "query", "schema": {"type": "number", "minimum": 0, "maximum": 1e300}},
          {"name": "output", "in": "query", "schema": {"type": "integer", "minimum": 0, "maximum": 9007199254740991}},
          {"name": "events", "in": "query", "schema": {"type": "integer", "minimum": 0, "maximum": 9007199254740991}},
          {"name": "memory", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 9007199254740991}},
          {"name": "depth", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 9007199254740991}},
          {"name": "wall", "in": "query", "schema": {"type": "number", "exclusiveMinimum": 0, "maximum": 1e300}}
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/RunRequest"}},
            "text/x-python": {"schema": {"type": "string", "description": "The program, UTF-8."}}
          }
        },
        "responses": {
          "200": {
            "description": "The run's trace, with the limits that applied; with `format=chrome`, the same run in Chrome's trace-event format.",
            "headers": {"X-Cache": {"schema": {"type": "string", "enum": ["hit", "miss", "bypass"]}}},
            "content": {"application/json": {"schema": {"anyOf": [{"$ref": "#/components/schemas/Trace"}, {"$ref": "#/components/schemas/ChromeTrace"}]}}}
          },
          "400": {"$ref": "#/components/responses/Error"},
          "413": {"$ref": "#/components/responses/PlainError"},
          "415": {"$ref": "#/components/responses/Error"},
          "422": {"description": "The program does not compile.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
          "503": {
            "description": "Every worker is busy and the queue is full; retry after the given seconds.",
            "headers": {"Retry-After": {"schema": {"type": "string"}}},
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
          }
        }
      }
    },
    "/api/explore": {
      "post": {
        "operationId": "explore",
        "summary": "Run a scenario under many schedules and return the distinct outcomes",
        "description": "Runs the program under many schedules. By default with dynamic partial-order reduction (source-set DPOR with sleep sets): every run records which shared state (globals, attributes, closure cells, containers, futures and tasks, asyncio primitives' state, the random generator, stdout) each scheduled step read and wrote, and only orders of conflicting steps are tried, one run per class of equivalent interleavings; `exhaustive: true` means every class ran (within `maxDeviations` when given). When `runs` (1-10000, default 1000) cuts the search, the last fifth of the budget goes to randomized priority schedules (PCT, Burckhardt et al. 2010, bug depths 1-3: `randomRuns`, `fallback: \"pct\"`, `pctDepth`). `reduction: false` is plain depth-first search over ready-queue choices (fifo first). A 10 s wall-clock budget bounds either. Outcomes are grouped by status, stdout and result; each carries the shortest schedule that reproduces it with POST /api/run. Same body as /api/run (policy, seed and schedule are ignored). Not cached.",
        "parameters": [
          {"name": "runs", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 10000}},
          {"name": "maxDeviations", "in": "query", "schema": {"type": "integer", "minimum": 0, "maximum": 10000}},
          {"name": "reduction", "in": "query", "schema": {"type": "string", "enum": ["true", "false"]}},
          {"name": "steps", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 9007199254740991}},
          {"name": "wall", "in": "query", "schema": {"type": "number", "exclusiveMinimum": 0, "maximum": 1e300}}
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/ExploreRequest"}},
            "text/x-python": {"schema": {"type": "string", "description": "The program, UTF-8."}}
          }
        },
        "responses": {
          "200": {"description": "The distinct outcomes.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ExploreReport"}}}},
          "400": {"$ref": "#/components/responses/Error"},
          "413": {"$ref": "#/components/responses/PlainError"},
          "415": {"$ref": "#/components/responses/Error"},
          "422": {"description": "The program does not compile.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
          "503": {
            "description": "Every worker is busy and the queue is full; retry after the given seconds.",
            "headers": {"Retry-After": {"schema": {"type": "string"}}},
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
          }
        }
      }
    },
    "/api/examples": {
      "get": {
        "operationId": "listExamples",
        "summary": "The bundled example scenarios",
        "responses": {
          "200": {"description": "Every example's id, title and one-line explanation.",
                  "content": {"application/json": {"schema": {
                    "type": "object", "required": ["examples"], "additionalProperties": false,
                    "properties": {"examples": {"type": "array", "items": {"$ref": "#/components/schemas/ExampleSummary"}}}}}}}
        }
      }
    },
    "/api/examples/{id}": {
      "get": {
        "operationId": "getExample",
        "summary": "One example with its source (the bare program with Accept: text/x-python)",
        "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
        "responses": {
          "200": {"description": "The example.",
                  "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Example"}},
                              "text/x-python": {"schema": {"type": "string"}}}},
          "404": {"$ref": "#/components/responses/Error"}
        }
      }
    },
    "/api/openapi.json": {
      "get": {
        "operationId": "openapi",
        "summary": "This document",
        "responses": {"200": {"description": "OpenAPI 3.1", "content": {"application/json": {"schema": {"type": "object"}}}}}
      }
    },
    "/healthz": {
      "get": {
        "operationId": "health",
        "summary": "Liveness and readiness",
        "responses": {"200": {"description": "The server answers.", "content": {"text/plain": {"schema": {"type": "string", "const": "ok"}}}}}
      }
    },
    "/metrics": {
      "get": {
        "operationId": "metrics",
        "summary": "Prometheus metrics (text exposition format 0.0.4)",
        "responses": {"200": {"description": "Counters, gauges and histograms.", "content": {"text/plain": {"schema": {"type": "string"}}}}}
      }
    }
  },
  "components": {
    "responses": {
      "Error": {"description": "The request was refused; the message says why and `field` names the culprit.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
      "PlainError": {"description": "Refused by the HTTP layer before the API saw it (e.g. a body over the limit).",
                     "content": {"text/plain": {"schema": {"type": "string"}}}}
    },
    "schemas": {
      "ChromeTrace": {
        "description": "Chrome's trace-event format (what `interleave run --chrome-trace` writes): one track per task; open it in Perfetto or chrome://tracing.",
        "type": "object",
        "required": ["traceEvents"],
        "properties": {
          "traceEvents": {"type": "array", "items": {"type": "object"}},
          "displayTimeUnit": {"type": "string"}
        }
      },
      "Policy": {"type": "string", "enum": ["fifo", "random"], "default": "fifo"},
      "Detail": {"type": "string", "enum": ["slices", "lines", "state"], "default": "slices",
                 "description": "slices: scheduler events; lines: also one line event per executed source line; state: lines, plus a state delta on each event (StateDelta)."},
      "Limits": {
        "type": "object", "additionalProperties": false,
        "description": "Sandbox limits; each may lower the server's maximum, never raise it. Defaults: steps 5000000, tasks 10000, time 315360000 virtual seconds (ten years), output 1048576 bytes, events 200000, memory 268435456 bytes of heap, depth 200, wall 2 seconds.",
        "properties": {
          "steps": {"type": "integer", "minimum": 1, "maximum": 9007199254740991},
          "tasks": {"type": "integer", "minimum": 1, "maximum": 9007199254740991},
          "time": {"type": "number", "minimum": 0, "maximum": 1e300, "description": "Virtual seconds."},
          "output": {"type": "integer", "minimum": 0, "maximum": 9007199254740991, "description": "Bytes of stdout."},
          "events": {"type": "integer", "minimum": 0, "maximum": 9007199254740991},
          "memory": {"type": "integer", "minimum": 1, "maximum": 9007199254740991, "description": "Bytes of script objects."},
          "depth": {"type": "integer", "minimum": 1, "maximum": 9007199254740991},
          "wall": {"type": "number", "exclusiveMinimum": 0, "maximum": 1e300, "description": "Wall-clock seconds."}
        }
      },
      "RunRequest": {
        "type": "object", "required": ["source"], "additionalProperties": false,
        "properties": {
          "source": {"type": "string", "description": "The program."},
          "policy": {"$ref": "#/components/schemas/Policy"},
          "seed": {"type": "integer", "minimum": 0, "maximum": 9007199254740991, "default": 0},
          "schedule": {"type": "array", "items": {"type": "integer", "minimum": 0, "maximum": 9007199254740991}, "maxItems": 1000000},
          "limits": {"$ref": "#/components/schemas/Limits"},
          "detail": {"$ref": "#/components/schemas/Detail"}
        }
      },
      "ExploreRequest": {
        "type": "object", "required": ["source"], "additionalProperties": false,
        "properties": {
          "source": {"type": "string", "description": "The program."},
          "policy": {"$ref": "#/components/schemas/Policy"},
          "seed": {"type": "integer", "minimum": 0, "maximum": 9007199254740991},
          "schedule": {"type": "array", "items": {"type": "integer", "minimum": 0, "maximum": 9007199254740991}, "maxItems": 1000000},
          "limits": {"$ref": "#/components/schemas/Limits"},
          "detail": {"$ref": "#/components/schemas/Detail"},
          "runs": {"type": "integer", "minimum": 1, "maximum": 10000, "default": 1000},
          "maxDeviations": {"type": "integer", "minimum": 0, "maximum": 10000, "description": "Unbounded when absent."},
          "reduction": {"type": "boolean", "default": true, "description": "Partial-order reduction; false: plain depth-first search."}
        }
      },
      "ExploreReport": {
        "type": "object", "required": ["runs", "exhaustive", "outcomes"],
        "properties": {
          "runs": {"type": "integer", "description": "Runs made."},
          "exhaustive": {"type": "boolean", "description": "Every class of equivalent interleavings ran (reduced search) or every schedule within the bounds was tried (plain search); false when a budget cut the search."},
          "strategy": {"type": "string", "enum": ["dpor", "dfs"]},
          "systematicRuns": {"type": "integer", "description": "Runs of the reduced or depth-first search."},
          "randomRuns": {"type": "integer", "description": "Randomized priority (PCT) runs after the budget cut the systematic search."},
          "fallback": {"type": ["string", "null"], "enum": ["pct", null], "description": "The randomized search that followed the cut: PCT (randomized priorities with change points)."},
          "pctDepth": {"type": ["integer", "null"], "description": "PCT runs targeted bug depths 1 to this, in turn (depth d: d-1 priority change points)."},
          "outcomesDropped": {"type": "integer", "minimum": 1, "description": "Outcomes left out to keep the body within the server's --max-response-bytes."},
          "outcomes": {"type": "array", "items": {
            "type": "object", "required": ["status", "stdout", "schedule", "count"],
            "properties": {
              "status": {"type": "string", "enum": ["completed", "exception", "deadlock", "limit"]},
              "stdout": {"type": "string"},
              "result": {"type": ["string", "null"]},
              "detail": {"type": ["string", "null"]},
              "schedule": {"type": "array", "items": {"type": "integer", "minimum": 0}},
              "count": {"type": "integer", "minimum": 1}
            }
          }}
        }
      },
      "Error": {
        "type": "object", "required": ["error"], "additionalProperties": false,
        "properties": {"error": {
          "type": "object", "required": ["type", "message"],
          "properties": {
            "type": {"type": "string", "description": "BadRequest, UnsupportedMediaType, NotFound, ServiceUnavailable, or the compile error's class (SyntaxError, IndentationError, NotImplementedError, ...)."},
            "message": {"type": "string"},
            "field": {"type": "string", "description": "The envelope field, query parameter or header at fault."},
            "line": {"type": "integer", "description": "1-based line of a compile error."},
            "column": {"type": "integer", "description": "1-based column of a compile error."}
          }
        }}
      },
      "ExampleSummary": {
        "type": "object", "required": ["id", "title", "explanation"],
        "properties": {"id": {"type": "string"}, "title": {"type": "string"}, "explanation": {"type": "string"}}
      },
      "Example": {
        "type": "object", "required": ["id", "title", "explanation", "source"],
        "properties": {"id": {"type": "string"}, "title": {"type": "string"}, "explanation": {"type": "string"}, "source": {"type": "string"}}
      },
      "Event": {
        "type": "object", "required": ["seq", "time", "task", "kind", "line"],
        "description": "One trace event; the kind's own members (on, by, text, child, ...) follow the common ones.",
        "properties": {
          "seq": {"type": "integer", "minimum": 0},
          "time": {"type": "number"},
          "task": {"type": ["integer", "null"]},
          "kind": {"type": "string", "enum": ["spawn", "resume", "suspend", "wake", "print", "clock", "callback", "cancel", "done", "raise", "line"]},
          "line": {"type": ["integer", "null"]},
          "state": {"$ref": "#/components/schemas/StateDelta"}
        }
      },
      "StateDelta": {
        "type": "object", "additionalProperties": false,
        "description": "With detail state: what this event changed. Each entry replaces the one before it; apply the deltas of events 0..i in order to get the state after event i. Reprs are computed without running program code, at most 80 characters, containers cut after 8 elements and 2 levels.",
        "properties": {
          "tasks": {"type": "object", "description": "Task id -> the task's whole entry.", "additionalProperties": {
            "type": "object", "required": ["state", "since", "at"],
            "properties": {
              "state": {"type": "string", "enum": ["ready", "running", "waiting", "done", "raised", "cancelled"]},
              "since": {"type": "integer", "description": "seq of the event that put the task in this state."},
              "at": {"type": "number", "description": "Virtual time of that event."},
              "on": {"type": ["object", "null"], "description": "waiting: what it awaits (the suspend event's on)."},
              "result": {"type": ["string", "null"], "description": "done: the result's repr."},
              "exception": {"type": "string", "description": "raised or cancelled: type and message."}
            }}},
          "frames": {"type": "object", "description": "Task id, or main for code outside any task -> its frames in the program, outermost first (at most 8, the innermost kept); empty once the task finished.",
            "additionalProperties": {"type": "array", "items": {"$ref": "#/components/schemas/FrameState"}}},
          "objects": {"type": "object", "description": "Stable name (Queue#1, Lock#1, Future#2, Point#1) -> the object's whole description.",
            "additionalProperties": {"$ref": "#/components/schemas/ObjectState"}},
          "globals": {"type": "object", "description": "Name -> repr of the program's global data (not modules, functions, classes); null when deleted.",
            "additionalProperties": {"type": ["string", "null"]}}
        }
      },
      "FrameState": {
        "type": "object", "required": ["function", "line", "locals"],
        "properties": {
          "function": {"type": "string", "description": "Qualified name of the function or coroutine."},
          "line": {"type": "integer"},
          "locals": {"type": "object", "description": "Bound locals (at most 16) -> repr.", "additionalProperties": {"type": "string"}}
        }
      },
      "ObjectState": {
        "type": "object", "required": ["type"],
        "description": "type names the kind; the other members depend on it. Task lists (getters, putters, waiters, owner) hold task ids.",
        "properties": {
          "type": {"type": "string", "description": "Queue, LifoQueue, PriorityQueue, Lock, Event, Semaphore, BoundedSemaphore, Condition, Barrier, Future, or the class name of a program object."},
          "size": {"type": "integer"}, "maxsize": {"type": ["integer", "null"]},
          "items": {"type": "array", "items": {"type": "string"}, "description": "Queue: the first 8 items' reprs."},
          "getters": {"type": "array", "items": {"type": "integer"}}, "putters": {"type": "array", "items": {"type": "integer"}},
          "unfinished": {"type": ["integer", "null"]},
          "locked": {"type": "boolean"}, "owner": {"type": ["integer", "null"]},
          "set": {"type": "boolean"}, "value": {"type": ["integer", "null"]}, "lock": {"type": ["string", "null"]},
          "parties": {"type": ["integer", "null"]}, "count": {"type": ["integer", "null"]},
          "waiters": {"type": "array", "items": {"type": "integer"}},
          "state": {"type": "string", "enum": ["pending", "cancelled", "finished"]},
          "result": {"type": "string"}, "exception": {"type": "string"}, "callbacks": {"type": "integer"},
          "fields": {"type": "object", "description": "A program object's attributes (at most 12) -> repr.", "additionalProperties": {"type": "string"}}
        }
      },
      "Trace": {
        "type": "object",
        "required": ["version", "status", "stdout", "result", "error", "limit", "limits", "deadlock", "stats", "schedule", "warnings", "tasks", "events"],
        "properties": {
          "version": {"type": "integer", "const": 1},
          "status": {"type": "string", "enum": ["completed", "exception", "deadlock", "limit"]},
          "stdout": {"type": "string"},
          "result": {"type": ["string", "null"]},
          "error": {"oneOf": [{"type": "null"}, {
            "type": "object", "required": ["type", "message", "traceback"],
            "properties": {"type": {"type": "string"}, "message": {"type": "string"},
                           "traceback": {"type": "array", "items": {"type": "object", "required": ["function", "line"],
                             "properties": {"function": {"type": "string"}, "line": {"type": "integer"}}}}}}]},
          "limit": {"oneOf": [{"type": "null"}, {
            "type": "object", "required": ["name", "value"],
            "properties": {"name": {"type": "string", "enum": ["steps", "time", "tasks", "memory", "output", "wall", "depth", "events", "response"]},
                           "value": {"type": "number"}}}]},
          "limits": {"$ref": "#/components/schemas/Limits"},
          "deadlock": {"oneOf": [{"type": "null"}, {"type": "object", "required": ["waiting"],
            "properties": {"waiting": {"type": "array", "items": {"type": "object"}}}}]},
          "stats": {"type": "object", "required": ["steps", "switches", "virtualTime", "tasks", "events", "wallMicros"],
            "properties": {"steps": {"type": "integer"}, "switches": {"type": "integer"}, "virtualTime": {"type": "number"},
                           "tasks": {"type": "integer"}, "events": {"type": "integer"}, "wallMicros": {"type": "integer"}}},
          "schedule": {"type": "array", "items": {"type": "integer"}},
          "choices": {"type": "array", "description": "The first 1000 choice points (one per schedule entry): the ready alternatives, oldest first, and the index taken. Replay a prefix of picks plus a new pick with `schedule`.",
            "items": {"type": "object", "required": ["chosen", "time", "alternatives"],
              "properties": {"chosen": {"type": "integer"}, "time": {"type": "number"},
                             "alternatives": {"type": "array", "items": {"type": "object",
                               "properties": {"task": {"type": "integer"}, "name": {"type": "string"}, "coroutine": {"type": "string"},
                                              "line": {"type": ["integer", "null"]}, "callback": {"type": "string"}, "timer": {"type": "boolean"}}}}}}},
          "warnings": {"type": "array", "items": {"type": "object", "required": ["kind", "message"],
            "properties": {"kind": {"type": "string", "description": "never-awaited, exception-never-retrieved, pending-at-exit, blocking-call, race (an atomicity violation across an await), warnings-dropped, ..."},
                           "task": {"type": ["integer", "null"]}, "line": {"type": ["integer", "null"]},
                           "message": {"type": "string"},
                           "variable": {"type": "string", "description": "race: the shared variable."},
                           "otherTask": {"type": ["integer", "null"], "description": "race: the task whose write races."},
                           "lines": {"type": "array", "items": {"type": "integer"}, "description": "race: the read, the write back, the other write."}}}},
          "tasks": {"type": "array", "items": {"type": "object", "required": ["id", "name", "coroutine", "parent", "state"],
            "properties": {"id": {"type": "integer"}, "name": {"type": "string"}, "coroutine": {"type": "string"},
                           "parent": {"type": ["integer", "null"]}, "state": {"type": "string"}, "line": {"type": ["integer", "null"]}}}},
          "events": {"type": "array", "items": {"$ref": "#/components/schemas/Event"}}
        }
      }
    }
  }
}
"""#
}
