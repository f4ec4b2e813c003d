#!/usr/bin/env python3
"""Extract the structural facts of the OpenAI OpenAPI component schemas.

Reads the spec (default: /work/shared/reference/openai-openapi.yaml) and writes
src/test/resources/spec-facts.json, which SpecConformanceTests reads. Only facts go
into the output (names, required lists, nullability, binary (file) members, enum values,
union variants);
never description text. The build does not need the spec: re-run this script by hand
when the spec changes.

Usage: python3 extract.py [spec.yaml] [output.json]

Paths: a member is named by its JSON name; `[]` steps into array items and `{}` into
the values of a map, so `choices[].finish_reason` is the finish_reason of each choice.
"""

import json
import os
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SPEC = "/work/shared/reference/openai-openapi.yaml"
DEFAULT_OUT = os.path.join(HERE, "..", "resources", "spec-facts.json")
REF_PREFIX = "#/components/schemas/"


def ref_name(node):
    ref = node.get("$ref") if isinstance(node, dict) else None
    return ref[len(REF_PREFIX):] if ref and ref.startswith(REF_PREFIX) else None


def merged(node, schemas):
    """Resolve allOf into one object view: properties, required, nullable."""
    properties = {}
    required = []
    parts = [node]
    while parts:
        part = parts.pop(0)
        name = ref_name(part)
        if name:
            part = schemas[name]
        for sub in part.get("allOf", []):
            parts.append(sub)
        properties.update(part.get("properties", {}))
        for member in part.get("required", []):
            if member not in required:
                required.append(member)
    return properties, required


def nullable(properties, schemas):
    """Members that may be null: marked nullable, or a reference to a nullable schema."""
    result = []
    for member, sub in properties.items():
        if not isinstance(sub, dict):
            continue
        target = schemas.get(ref_name(sub)) if ref_name(sub) else sub
        if sub.get("nullable") or (target or {}).get("nullable"):
            result.append(member)
    return result


def join(path, member):
    return f"{path}.{member}" if path else member


def collect(node, path, schemas, facts):
    """Walk an inline schema at `path`, recording enums, union variants and nested objects."""
    if not isinstance(node, dict) or ref_name(node):
        return
    values = []
    variants = []
    for key in ("oneOf", "anyOf"):
        for branch in node.get(key, []):
            name = ref_name(branch)
            if name:
                variants.append(name)
            elif "enum" in branch:
                values.extend(v for v in branch["enum"] if v is not None and v not in values)
            else:
                collect(branch, path, schemas, facts)
    if "enum" in node:
        values.extend(v for v in node["enum"] if v is not None and v not in values)
    if values:
        facts["enums"][path] = values
    if variants:
        facts["unions"][path] = variants
    if "properties" in node or "allOf" in node:
        properties, required = merged(node, schemas)
        if path:
            facts["objects"][path] = {
                "properties": list(properties),
                "required": required,
                "nullable": nullable(properties, schemas),
            }
        for member, sub in properties.items():
            collect(sub, join(path, member), schemas, facts)
    if isinstance(node.get("items"), dict):
        collect(node["items"], path + "[]", schemas, facts)
    if isinstance(node.get("additionalProperties"), dict):
        collect(node["additionalProperties"], path + "{}", schemas, facts)


def kind(node):
    if "oneOf" in node or "anyOf" in node:
        return "union"
    if "enum" in node:
        return "enum"
    if node.get("type") == "array":
        return "array"
    if "properties" in node or "allOf" in node:
        return "object"
    return "map"


def main():
    spec_path = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_SPEC
    out_path = sys.argv[2] if len(sys.argv) > 2 else DEFAULT_OUT
    with open(spec_path, encoding="utf-8") as f:
        spec = yaml.safe_load(f)
    schemas = spec["components"]["schemas"]
    result = []
    for name, node in schemas.items():
        properties, required = merged(node, schemas)
        facts = {
            "name": name,
            "kind": kind(node),
            "properties": list(properties),
            "required": required,
            "nullable": nullable(properties, schemas),
            "binary": [p for p, v in properties.items() if isinstance(v, dict) and v.get("format") == "binary"],
            "enums": {},
            "unions": {},
            "objects": {},
        }
        if isinstance(node.get("items"), dict) and ref_name(node["items"]):
            facts["items"] = ref_name(node["items"])
        collect(node, "", schemas, facts)
        result.append(facts)
    document = {
        "source": os.path.basename(spec_path),
        "version": str(spec.get("info", {}).get("version")),
        "schemas": result,
    }
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(document, f, indent=1)
        f.write("\n")
    enums = sum(len(v) for s in result for v in s["enums"].values())
    print(f"{len(result)} schemas, {sum(len(s['properties']) for s in result)} properties, "
          f"{sum(len(s['objects']) for s in result)} inline objects, {enums} enum values -> {out_path}")


if __name__ == "__main__":
    main()
