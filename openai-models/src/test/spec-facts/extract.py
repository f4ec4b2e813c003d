#!/usr/bin/env python3
"""Extract the structural facts of the OpenAI OpenAPI component schemas.

Reads the spec (default: /work/shared/reference/openai-openapi.yaml) and writes
src/test/resources/spec-facts.json, which SpecConformanceTests reads. Only facts go
into the output (names, required lists, nullability, binary (file) members, enum values,
union variants);
never description text. The build does not need the spec: re-run this script by hand
when the spec changes.

Usage: python3 extract.py [spec.yaml] [output.json]
       python3 extract.py --latest [latest-spec.yaml] [output.json]

The --latest mode reads today's spec (default:
/work/shared/reference/openai-openapi-latest.yaml) and writes
src/test/resources/spec-facts-latest.json, which LatestSpecConformanceTests reads. It covers
the 2.0.0 schemas of the chat, completions, embeddings, images, audio, files, fine-tuning,
models and moderations resources as they are today: allOf is merged, `anyOf: [X, null]`
counts as a nullable X, enum values of referenced enum schemas are listed at the member
that refers to them, and referenced object schemas that have no 2.0.0 type of their own
are walked as nested objects of the member. Unions of objects are not walked (their
variants are new types, checked by the package tests).

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


# ---------------------------------------------------------------------------------------
# --latest: the 2.0.0 schemas of nine resources, as today's spec describes them
# ---------------------------------------------------------------------------------------

DEFAULT_LATEST_SPEC = "/work/shared/reference/openai-openapi-latest.yaml"
DEFAULT_LATEST_OUT = os.path.join(HERE, "..", "resources", "spec-facts-latest.json")

# The 2.0.0 schema names covered, by resource (the owner of each Java package).
LATEST_TARGETS = {
    "chat": ["ChatCompletionFunctionCallOption", "ChatCompletionFunctions", "ChatCompletionMessageToolCall",
             "ChatCompletionMessageToolCallChunk", "ChatCompletionMessageToolCalls", "ChatCompletionNamedToolChoice",
             "ChatCompletionRequestAssistantMessage", "ChatCompletionRequestFunctionMessage",
             "ChatCompletionRequestMessage", "ChatCompletionRequestMessageContentPart",
             "ChatCompletionRequestMessageContentPartImage", "ChatCompletionRequestMessageContentPartText",
             "ChatCompletionRequestSystemMessage", "ChatCompletionRequestToolMessage",
             "ChatCompletionRequestUserMessage", "ChatCompletionResponseMessage", "ChatCompletionRole",
             "ChatCompletionStreamResponseDelta", "ChatCompletionTokenLogprob", "ChatCompletionTool",
             "ChatCompletionToolChoiceOption", "CompletionUsage", "CreateChatCompletionFunctionResponse",
             "CreateChatCompletionImageResponse", "CreateChatCompletionRequest", "CreateChatCompletionResponse",
             "CreateChatCompletionStreamResponse", "FunctionObject"],
    "completions": ["CreateCompletionRequest", "CreateCompletionResponse"],
    "embeddings": ["CreateEmbeddingRequest", "CreateEmbeddingResponse", "Embedding"],
    "images": ["CreateImageRequest", "CreateImageEditRequest", "CreateImageVariationRequest", "Image",
               "ImagesResponse"],
    "audio": ["CreateSpeechRequest", "CreateTranscriptionRequest", "CreateTranscriptionResponse",
              "CreateTranslationRequest", "CreateTranslationResponse"],
    "files": ["CreateFileRequest", "DeleteFileResponse", "ListFilesResponse", "OpenAIFile"],
    "finetuning": ["CreateFineTuningJobRequest", "FineTuningJob", "FineTuningJobEvent",
                   "ListFineTuningJobEventsResponse", "ListPaginatedFineTuningJobsResponse"],
    "models": ["DeleteModelResponse", "ListModelsResponse", "Model"],
    "moderations": ["CreateModerationRequest", "CreateModerationResponse"],
}

# Where today's spec renamed or split a 2.0.0 schema: our type -> today's schemas, whose
# members are merged (the first one's required list is kept).
# - The transcription and translation responses were split by response_format into a
#   plain, a verbose and (transcriptions only) a diarized shape; our one type reads them
#   all, every member but text optional. Where the shapes share a nested object
#   (segments[]), its members are merged.
# - The chat user message content part became ChatCompletionRequestUserMessageContentPart.
# - CreateChatCompletionFunctionResponse and CreateChatCompletionImageResponse are gone:
#   they have no counterpart today and are left out.
LATEST_RENAMED = {
    "CreateTranscriptionResponse": ["CreateTranscriptionResponseJson", "CreateTranscriptionResponseVerboseJson",
                                    "CreateTranscriptionResponseDiarizedJson"],
    "CreateTranslationResponse": ["CreateTranslationResponseJson", "CreateTranslationResponseVerboseJson"],
    "ChatCompletionRequestMessageContentPart": ["ChatCompletionRequestUserMessageContentPart"],
}

# Members of multipart forms whose part name keeps the [] of an array field (the form
# the API reads, and the 2.0.0 name of timestamp_granularities[]): today's name -> ours.
LATEST_MEMBER_RENAMED = {
    "CreateTranscriptionRequest": {"timestamp_granularities": "timestamp_granularities[]",
                                   "include": "include[]", "languages": "languages[]",
                                   "keywords": "keywords[]", "known_speaker_names": "known_speaker_names[]",
                                   "known_speaker_references": "known_speaker_references[]"},
}


def is_null(node):
    return isinstance(node, dict) and node.get("type") == "null"


def unwrap(node):
    """`anyOf: [X, {type: null}]` (and oneOf) is a nullable X: return (X, True)."""
    if not isinstance(node, dict):
        return node, False
    for key in ("anyOf", "oneOf"):
        branches = node.get(key)
        if branches and any(is_null(b) for b in branches):
            rest = [b for b in branches if not is_null(b)]
            if len(rest) == 1:
                inner, _ = unwrap(rest[0])
                return inner, True
            return dict(node, **{key: rest}), True
    return node, bool(node.get("nullable"))


class Latest:

    def __init__(self, schemas, targets):
        self.schemas = schemas
        self.targets = targets

    def target_name(self, latest_name):
        """Whether a referenced schema has a 2.0.0 type of its own (then it is not walked)."""
        for ours, theirs in LATEST_RENAMED.items():
            if latest_name in theirs:
                return ours
        return latest_name if latest_name in self.targets else None

    def enum_values(self, node, seen=()):
        """Enum values of a string schema, through refs and anyOf/oneOf of strings."""
        node, _ = unwrap(node)
        name = ref_name(node)
        if name:
            if name in seen:
                return []
            return self.enum_values(self.schemas[name], seen + (name,))
        values = [v for v in node.get("enum", []) if v is not None]
        for key in ("anyOf", "oneOf"):
            for branch in node.get(key, []):
                for v in self.enum_values(branch, seen):
                    if v not in values:
                        values.append(v)
        return values

    def members(self, node):
        """properties, required, nullable of an object view (allOf merged)."""
        properties, required = merged(node, self.schemas)
        result = {}
        nulls = []
        for member, sub in properties.items():
            inner, is_nullable = unwrap(sub)
            name = ref_name(inner)
            if name and self.schemas[name].get("nullable"):
                is_nullable = True
            result[member] = inner
            if is_nullable:
                nulls.append(member)
        return result, required, nulls

    def is_object(self, node):
        node, _ = unwrap(node)
        return isinstance(node, dict) and ("properties" in node or "allOf" in node) \
            and "oneOf" not in node and "anyOf" not in node

    @staticmethod
    def add_enum(facts, path, values):
        known = facts["enums"].setdefault(path, [])
        known += [v for v in values if v not in known]

    def walk(self, node, path, facts, renames, seen):
        node, _ = unwrap(node)
        if not isinstance(node, dict):
            return
        name = ref_name(node)
        if name:
            if self.target_name(name) or name in seen:
                return
            target = self.schemas[name]
            if self.enum_values(target) and not self.is_object(target):
                self.add_enum(facts, path, self.enum_values(target))
                return
            self.walk(target, path, facts, renames, seen + (name,))
            return
        values = self.enum_values(node)
        if values:
            self.add_enum(facts, path, values)
        if self.is_object(node):
            properties, required, nulls = self.members(node)
            if path and path in facts["objects"]:
                known = facts["objects"][path]
                known["properties"] += [p for p in properties if p not in known["properties"]]
                known["required"] = [p for p in known["required"] if p in required]
                known["nullable"] += [p for p in nulls if p not in known["nullable"]]
            elif path:
                facts["objects"][path] = {"properties": list(properties), "required": required,
                                          "nullable": nulls}
            for member, sub in properties.items():
                self.walk(sub, join(path, renames.get(member, member) if not path else member), facts,
                          renames, seen)
        if isinstance(node.get("items"), dict):
            self.walk(node["items"], path + "[]", facts, renames, seen)
        if isinstance(node.get("additionalProperties"), dict):
            self.walk(node["additionalProperties"], path + "{}", facts, renames, seen)

    def facts(self, resource, ours):
        latest_names = LATEST_RENAMED.get(ours, [ours])
        renames = LATEST_MEMBER_RENAMED.get(ours, {})
        facts = {"name": ours, "resource": resource, "latest": latest_names, "kind": None, "properties": [],
                 "required": [], "nullable": [], "binary": [], "enums": {}, "objects": {}}
        for index, latest_name in enumerate(latest_names):
            node = self.schemas[latest_name]
            facts["kind"] = facts["kind"] or kind(node)
            properties, required, nulls = self.members(node)
            for member, sub in properties.items():
                member_name = renames.get(member, member)
                if member_name not in facts["properties"]:
                    facts["properties"].append(member_name)
                if index == 0 and member in required:
                    facts["required"].append(member_name)
                if member in nulls and member_name not in facts["nullable"]:
                    facts["nullable"].append(member_name)
                if isinstance(sub, dict) and sub.get("format") == "binary" or \
                        any(isinstance(b, dict) and (b.get("format") == "binary" or
                                                     (b.get("items") or {}).get("format") == "binary")
                            for b in (sub.get("anyOf", []) + sub.get("oneOf", []))):
                    facts["binary"].append(member_name)
            self.walk(node, "", facts, renames, (latest_name,))
        return facts


def latest(args):
    spec_path = args[0] if len(args) > 0 else DEFAULT_LATEST_SPEC
    out_path = args[1] if len(args) > 1 else DEFAULT_LATEST_OUT
    with open(spec_path, encoding="utf-8") as f:
        spec = yaml.safe_load(f)
    schemas = spec["components"]["schemas"]
    targets = {name for names in LATEST_TARGETS.values() for name in names}
    extractor = Latest(schemas, targets)
    result = []
    for resource, names in LATEST_TARGETS.items():
        for ours in names:
            if all(name in schemas for name in LATEST_RENAMED.get(ours, [ours])):
                result.append(extractor.facts(resource, ours))
    document = {
        "source": os.path.basename(spec_path),
        "version": str(spec.get("info", {}).get("version")),
        "schemas": result,
    }
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(document, f, indent=1)
        f.write("\n")
    enums = sum(len(v) for s in result for v in s["enums"].values())
    nested = sum(len(o["properties"]) for s in result for o in s["objects"].values())
    print(f"{len(result)} schemas, {sum(len(s['properties']) for s in result)} properties, "
          f"{sum(len(s['objects']) for s in result)} nested objects ({nested} properties), "
          f"{enums} enum values -> {out_path}")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--latest":
        latest(sys.argv[2:])
    else:
        main()
