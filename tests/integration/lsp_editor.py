"""`dialogmote lsp` driven by a real LSP client: pytest-lsp (pygls), with
the client capabilities of VS Code as pytest-lsp records them. A draft made
by `dialogmote new`, with mistakes, is opened; the rule findings arrive on
the right lines; a quick fix is applied through the client and its
diagnostic goes away; hover explains a rule; a change of
`dialogmote.yaml` changes the diagnostics; the server shuts down cleanly.

Run by lsp.sh: DIALOGMOTE_BIN is the binary. Completion offers the keys
of `meeting` that are not written yet.
"""

import asyncio
import os
import pathlib
import subprocess
import sys

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

BIN = os.environ["DIALOGMOTE_BIN"]
AS_OF = "2026-11-16"


DOCS_URL = "https://intranett.example.no/dialogmote/regler.html"


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[BIN, "lsp", "--stdio"]))
async def client(lsp_client: LanguageClient, tmp_path_factory):
    root = tmp_path_factory.mktemp("workspace")
    (root / ".git").mkdir()
    lsp_client.root = root
    lsp_client.registrations = []

    # As VS Code does: accept the server's request to watch dialogmote.yaml.
    @lsp_client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def register(params: types.RegistrationParams):
        lsp_client.registrations.extend(params.registrations)

    await lsp_client.initialize_session(
        types.InitializeParams(
            capabilities=client_capabilities("visual-studio-code"),
            root_uri=root.as_uri(),
            workspace_folders=[types.WorkspaceFolder(uri=root.as_uri(), name="referater")],
            initialization_options={"asOf": AS_OF, "lang": "en", "docsUrl": DOCS_URL},
        )
    )
    yield
    # Shut down cleanly: shutdown, exit, and the process ends with 0.
    await lsp_client.shutdown_session()
    assert lsp_client._server.returncode == 0


def draft_with_mistakes() -> str:
    draft = subprocess.run(
        [BIN, "new", "--date", AS_OF], check=True, capture_output=True, text=True
    ).stdout
    # A misspelt key (`grad` for `grade`) and an empty line for the
    # confidentiality item, which rule DM204 wants covered.
    assert "\n  grade:" in draft
    return draft.replace("\n  grade:", "\n  grad: 100", 1)


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.split("\n")) if needle in line)


async def open_and_wait(client: LanguageClient, uri: str, text: str):
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id="yaml", version=1, text=text)
        )
    )
    return await diagnostics_until(client, uri, lambda ds: True)


async def diagnostics_until(client: LanguageClient, uri: str, ok, timeout: float = 30):
    """The client's latest diagnostics for `uri` once `ok` accepts them
    (polled, so that a notification that came early is not missed)."""
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        if uri in client.diagnostics and ok(list(client.diagnostics[uri])):
            return list(client.diagnostics[uri])
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"no diagnostics as expected for {uri}: {client.diagnostics.get(uri)}")
        await asyncio.sleep(0.05)


def apply(text: str, edits) -> str:
    """Applies LSP TextEdits (UTF-16 positions; lines end with \\n)."""
    lines = text.split("\n")

    def offset(pos):
        before = sum(len(l) + 1 for l in lines[: pos.line])
        line = lines[pos.line] if pos.line < len(lines) else ""
        units = 0
        for i, ch in enumerate(line):
            if units >= pos.character:
                return before + i
            units += 2 if ord(ch) > 0xFFFF else 1
        return before + len(line)

    spans = sorted(((offset(e.range.start), offset(e.range.end), e.new_text) for e in edits), reverse=True)
    for a, b, new in spans:
        text = text[:a] + new + text[b:]
    return text


@pytest.mark.asyncio
async def test_a_draft_with_mistakes_is_checked_fixed_and_explained(client: LanguageClient):
    root = client.root
    path = root / "referat.yaml"
    text = draft_with_mistakes()
    path.write_text(text)
    uri = path.as_uri()
    diagnostics = await open_and_wait(client, uri, text)

    by_code = {}
    for d in diagnostics:
        by_code.setdefault(d.code, []).append(d)
    # Rule findings on the right lines, from the whole linter.
    dm204 = by_code["DM204"][0]
    assert dm204.range.start.line == line_of(text, "confidentiality:"), dm204
    assert dm204.source == "dialogmote"
    # The rule links where the client said the reference is published.
    assert dm204.code_description.href == DOCS_URL + "#dm204"
    assert dm204.severity == types.DiagnosticSeverity.Error
    key_line = line_of(text, "  grad: 100")
    misspelt = next(d for d in by_code["DM002"] if d.range.start.line == key_line)

    # The quick fix, applied through the client, then the change sent.
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=misspelt.range,
            context=types.CodeActionContext(diagnostics=[misspelt], only=[types.CodeActionKind.QuickFix]),
        )
    )
    # lsprotocol reads any action that carries a `command` (the
    # suppression's, which puts the cursor after `-- `) as a bare Command.
    preferred = [a for a in actions if isinstance(a, types.CodeAction) and a.is_preferred]
    assert preferred, actions
    fix = preferred[0]
    assert fix.title == "correct the field name to `grade`"
    fixed = apply(text, fix.edit.changes[uri])
    assert "\n  grade: 100" in fixed
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=fixed)],
        )
    )
    after = await diagnostics_until(
        client, uri, lambda ds: not [d for d in ds if d.code == "DM002" and d.range.start.line == key_line]
    )
    assert len(after) < len(diagnostics)

    # Hover on the rule's finding: its documentation, in English.
    hover = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=uri), position=dm204.range.start)
    )
    assert hover.contents.kind == types.MarkupKind.Markdown
    assert hover.contents.value.startswith("### DM204"), hover.contents.value
    assert "## What it checks" in hover.contents.value

    # dialogmote.yaml turns DM204 off: written, reported by the watcher
    # that the server registered.
    watched = [r for r in client.registrations if r.method == "workspace/didChangeWatchedFiles"]
    assert watched and watched[0].register_options["watchers"][0]["globPattern"] == "**/dialogmote.yaml"
    config = root / "dialogmote.yaml"
    config.write_text("severity:\n  DM204: off\n")
    client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(
            changes=[types.FileEvent(uri=config.as_uri(), type=types.FileChangeType.Created)]
        )
    )
    reloaded = await diagnostics_until(client, uri, lambda ds: "DM204" not in {d.code for d in ds})
    assert "DM201" in {d.code for d in reloaded}

    # Closing the document clears its diagnostics.
    client.text_document_did_close(
        types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri))
    )
    await diagnostics_until(client, uri, lambda ds: ds == [])


@pytest.mark.asyncio
async def test_fix_all_mends_every_safe_mistake_in_one_action(client: LanguageClient):
    root = client.root
    path = root / "referat.yaml"
    text = draft_with_mistakes().replace("\n  date: ", "\n  datee: ", 1)
    uri = path.as_uri()
    await open_and_wait(client, uri, text)
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=types.Range(start=types.Position(line=0, character=0), end=types.Position(line=0, character=0)),
            context=types.CodeActionContext(diagnostics=[], only=[types.CodeActionKind.SourceFixAll]),
        )
    )
    assert [a.kind for a in actions] == ["source.fixAll.dialogmote"], actions
    fixed = apply(text, actions[0].edit.changes[uri])
    assert "\n  date: " in fixed and "\n  grade: 100" in fixed
    # The rest of the draft, comments included, is unchanged.
    assert fixed.replace("\n  date: ", "\n  datee: ", 1).replace("\n  grade: 100", "\n  grad: 100") == text


@pytest.mark.asyncio
async def test_completion_offers_the_keys_of_meeting(client: LanguageClient):
    root = client.root
    uri = (root / "referat.yaml").as_uri()
    text = "format: dialogmote1/v1\nmeeting:\n  date: 2026-11-16\n  \n"
    await open_and_wait(client, uri, text)
    result = await client.text_document_completion_async(
        types.CompletionParams(
            text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(line=3, character=2)
        )
    )
    items = result.items if hasattr(result, "items") else result
    labels = {i.label for i in items}
    assert {"start", "end", "mode"} <= labels, labels
    assert "date" not in labels


if __name__ == "__main__":
    sys.exit(pytest.main([__file__, "-q"]))
