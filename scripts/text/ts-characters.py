#!/usr/bin/env python3
"""Makes src/Jixiao.Documents/Import/Data/ts-characters.txt, TextNormalizer's Traditional -> Simplified table, from
OpenCC's character dictionaries (https://github.com/BYVoid/OpenCC, Apache License 2.0).

Usage: ts-characters.py OPENCC_GIT_DIR COMMIT > src/Jixiao.Documents/Import/Data/ts-characters.txt
(reads data/dictionary/TSCharacters.txt and STCharacters.txt at that commit with git show).

Output lines:
  T<TAB>s1 s2 ...   a Traditional character and its Simplified candidates as OpenCC lists them (the first is used);
                    lines whose key or first candidate is outside the BMP or longer than one character are dropped,
                    and so are lines whose first candidate is the key itself (nothing to convert).
  =<TAB>chars       Traditional keys that are also written in Simplified text: OpenCC lists the key among its own
                    candidates (乾 -> 干 乾), or the key is a Simplified key of STCharacters (么), or it is in GB2312,
                    the Simplified character set (後, 拚). TextNormalizer converts these only in Traditional text.
  (none)            keys in KEEP are left out: in these documents they are names (乾县, 乾安县, 乾州街道), never
                    the word OpenCC converts (乾燥 -> 干燥), and stay as written even in Traditional text.
  -<TAB>chars       Simplified-only characters: STCharacters keys none of whose Traditional forms is the key itself
                    (预, 这). TextNormalizer counts them against Traditional when it decides whether text is Traditional.
"""
import subprocess
import sys

# Written the same in Simplified and Traditional and, in budget documents, a place's name: never converted.
KEEP = "乾"


def read(git_dir, commit, name):
    text = subprocess.run(["git", f"--git-dir={git_dir}", "show", f"{commit}:data/dictionary/{name}"],
                          check=True, capture_output=True).stdout.decode("utf-8")
    table = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, values = line.split("\t")
        table[key] = values.split(" ")
    return table


def bmp(c):
    return len(c) == 1 and ord(c) <= 0xFFFF


def gb2312(c):
    try:
        c.encode("gb2312")
        return True
    except UnicodeEncodeError:
        return False


def main():
    git_dir, commit = sys.argv[1], sys.argv[2]
    ts = read(git_dir, commit, "TSCharacters.txt")
    st = read(git_dir, commit, "STCharacters.txt")
    out = sys.stdout
    out.write("# Traditional -> Simplified characters for TextNormalizer (made by scripts/text/ts-characters.py; do not edit).\n")
    out.write("# Source: OpenCC, https://github.com/BYVoid/OpenCC, data/dictionary/TSCharacters.txt and STCharacters.txt\n")
    out.write(f"# at commit {commit}.\n")
    out.write("# Licence: Apache License 2.0 (Copyright BYVoid and the OpenCC contributors), http://www.apache.org/licenses/LICENSE-2.0\n")
    out.write("# Changes: lines whose key or first candidate is outside the BMP, longer than one character or the key itself dropped; '=' and '-' lines derived (see the script).\n")
    also = []
    for key in sorted(ts):
        if not bmp(key) or key in KEEP:
            continue
        if not bmp(ts[key][0]) or ts[key][0] == key:
            continue
        values = [v for v in ts[key] if bmp(v)]
        out.write(f"{key}\t{' '.join(values)}\n")
        if key in ts[key] or key in st or gb2312(key):
            also.append(key)
    out.write("=\t" + "".join(also) + "\n")
    only = sorted(k for k, v in st.items() if bmp(k) and k not in v and k not in ts)
    out.write("-\t" + "".join(only) + "\n")


if __name__ == "__main__":
    main()
