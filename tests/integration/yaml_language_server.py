#!/usr/bin/env python3
"""Checks a `dialogmote new` draft in the real yaml-language-server (the
server behind YAML support in VS Code and other editors), over LSP:
its first line points the server at the schema; the fresh draft has no
diagnostics; a draft with mistakes gets them at the right lines; and the
server offers completions from the schema.

usage: yaml_language_server.py SERVER_BIN DIALOGMOTE_BIN
"""
import json, os, subprocess, sys, tempfile, threading, queue, time

server_bin, dialogmote = sys.argv[1], sys.argv[2]
work = tempfile.mkdtemp()
schema = subprocess.run([dialogmote, "schema"], check=True, capture_output=True).stdout
open(os.path.join(work, "dialogmote1.schema.json"), "wb").write(schema)
draft = subprocess.run([dialogmote, "new", "--date", "2026-11-16"], check=True, capture_output=True, text=True).stdout
assert draft.startswith("# yaml-language-server: $schema=dialogmote1.schema.json\n"), draft[:80]

proc = subprocess.Popen([server_bin, "--stdio"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
inbox = queue.Queue()

def reader():
    f = proc.stdout
    while True:
        headers = {}
        while True:
            line = f.readline()
            if not line:
                return
            line = line.decode().strip()
            if not line:
                break
            k, v = line.split(":", 1)
            headers[k.lower()] = v.strip()
        body = f.read(int(headers["content-length"]))
        inbox.put(json.loads(body))

threading.Thread(target=reader, daemon=True).start()
next_id = [0]

def send(method, params, notify=False):
    msg = {"jsonrpc": "2.0", "method": method, "params": params}
    if not notify:
        next_id[0] += 1
        msg["id"] = next_id[0]
    data = json.dumps(msg).encode()
    proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(data) + data)
    proc.stdin.flush()
    return msg.get("id")

def wait(pred, timeout=30):
    end = time.time() + timeout
    while time.time() < end:
        try:
            m = inbox.get(timeout=end - time.time())
        except queue.Empty:
            break
        if m.get("method") == "workspace/configuration":
            send_response(m["id"], [settings["yaml"]] * len(m["params"]["items"]))
            continue
        if m.get("method") in ("client/registerCapability", "window/workDoneProgress/create"):
            send_response(m["id"], None)
            continue
        if pred(m):
            return m
    raise SystemExit("FAIL: no answer from yaml-language-server in time")

def send_response(i, result):
    data = json.dumps({"jsonrpc": "2.0", "id": i, "result": result}).encode()
    proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(data) + data)
    proc.stdin.flush()

settings = {"yaml": {"validate": True, "completion": True, "hover": True, "schemaStore": {"enable": False}}}
root = "file://" + work
i = send("initialize", {"processId": os.getpid(), "rootUri": root, "capabilities": {"workspace": {"configuration": True}, "textDocument": {"completion": {"completionItem": {"snippetSupport": False}}}}})
wait(lambda m: m.get("id") == i)
send("initialized", {}, notify=True)
send("workspace/didChangeConfiguration", {"settings": settings}, notify=True)

def diagnostics(name, text):
    uri = root + "/" + name
    send("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": text}}, notify=True)
    m = wait(lambda m: m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri)
    return uri, m["params"]["diagnostics"]

_, d = diagnostics("draft.yaml", draft)
assert d == [], f"FAIL: the fresh draft has diagnostics: {d}"

broken = draft.replace("  date: 2026-11-16", "  date: 16.11.2026", 1).replace("  mode:  ", "  mode: teams", 1)
broken = broken.replace("  - role: arbeidstaker  # Arbeidstaker\n    name:\n    attended:", "  - role: arbeidstaker  # Arbeidstaker\n    name:\n    atended: ja", 1)
uri, d = diagnostics("broken.yaml", broken)
lines = sorted({x["range"]["start"]["line"] + 1 for x in d})
want = [broken.splitlines().index(l) + 1 for l in ("  date: 16.11.2026        # Dato (ÅÅÅÅ-MM-DD)", "    atended: ja")]
for w in want:
    assert w in lines, f"FAIL: expected a diagnostic on line {w}, got lines {lines}: {d}"

# Completion of `meeting.mode` from the schema's enum, on a draft line being typed.
typing = draft.replace("  mode:                 # in_person = fysisk møte, video = videomøte, phone = telefonmøte, hybrid = noen fysisk, andre digitalt", "  mode: ", 1)
assert typing != draft, "the draft's mode line changed: update this test"
uri, _ = diagnostics("typing.yaml", typing)
draft = typing
line = next(n for n, l in enumerate(draft.splitlines()) if l.startswith("  mode:"))
i = send("textDocument/completion", {"textDocument": {"uri": uri}, "position": {"line": line, "character": 8}})
m = wait(lambda m: m.get("id") == i)
items = m["result"]["items"] if isinstance(m["result"], dict) else m["result"]
labels = {x["label"] for x in items}
assert {"in_person", "video", "phone", "hybrid"} <= labels, f"FAIL: no schema completions: {sorted(labels)[:20]}"
send("shutdown", None)
proc.kill()
print(f"yaml-language-server: draft clean; mistakes flagged on lines {want}; {len(labels)} completions offered")
