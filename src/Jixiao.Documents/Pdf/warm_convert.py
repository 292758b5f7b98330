# Jixiao: keeps one LibreOffice warm and converts documents through UNO (python3-uno).
# Started by WarmPdfConverter (C#): argv = soffice path, profile URL, pipe name.
# Protocol on stdin/stdout, one JSON object per line:
#   <- {"ready": true}                                  once LibreOffice accepts connections
#   -> {"in": "/abs/in.docx", "out": "/abs/out.pdf"}     convert (filter chosen by the input's extension)
#   <- {"ok": true} | {"ok": false, "error": "..."}     after each request
# When LibreOffice dies the helper answers {"ok": false, "fatal": true, ...} and exits: the caller restarts it.
import json
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException

FILTERS = {".docx": "writer_pdf_Export", ".doc": "writer_pdf_Export", ".odt": "writer_pdf_Export",
           ".xlsx": "calc_pdf_Export", ".xls": "calc_pdf_Export", ".ods": "calc_pdf_Export"}


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def answer(obj):
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def main():
    soffice, profile, pipe = sys.argv[1:4]
    office = subprocess.Popen(
        [soffice, "-env:UserInstallation=" + profile, "--headless", "--invisible", "--norestore", "--nolockcheck",
         "--nodefault", "--nologo", "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    context = None
    deadline = time.time() + 120
    while context is None:
        try:
            context = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
        except NoConnectException:
            if office.poll() is not None or time.time() > deadline:
                answer({"ready": False, "error": "LibreOffice did not start (exit code %s)" % office.poll()})
                return 2
            time.sleep(0.05)
    desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
    answer({"ready": True, "pid": office.pid})

    for line in sys.stdin:
        line = line.strip()
        if not line:
            continue
        request = json.loads(line)
        if request.get("quit"):
            break
        source, target = request["in"], request["out"]
        document = None
        try:
            document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), "_blank", 0, (prop("Hidden", True),))
            if document is None:
                answer({"ok": False, "error": "LibreOffice could not open the file"})
                continue
            extension = os.path.splitext(source)[1].lower()
            document.storeToURL(uno.systemPathToFileUrl(target), (prop("FilterName", FILTERS.get(extension, "writer_pdf_Export")),))
            answer({"ok": True})
        except Exception as error:  # a document error, or LibreOffice gone
            if office.poll() is not None or not alive(desktop):
                answer({"ok": False, "fatal": True, "error": "%s: %s" % (type(error).__name__, error)})
                return 3
            answer({"ok": False, "error": "%s: %s" % (type(error).__name__, error)})
        finally:
            if document is not None:
                try:
                    document.close(True)
                except Exception:
                    pass

    try:
        desktop.terminate()
    except Exception:
        pass
    try:
        office.wait(timeout=10)
    except Exception:
        office.kill()
    return 0


def alive(desktop):
    try:
        desktop.getCurrentComponent()
        return True
    except Exception:
        return False


if __name__ == "__main__":
    sys.exit(main())
