import re
class A:
    def __init__(self, src, cue, content, key, typ, check, ctx=None):
        self.src, self.cue = src, cue
        self.content = content if isinstance(content, list) else [content]
        self.key, self.typ, self.check, self.ctx = key, typ, check, ctx
