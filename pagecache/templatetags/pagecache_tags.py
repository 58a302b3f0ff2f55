"""``{% sharedfragment "name" [vary_on ...] %}...{% endsharedfragment %}``.

Like Django's ``{% cache %}``, but keyed by the cache generation, the day and the
active language, so publishing anything or switching language never shows an
old or a wrong-language copy. Values used only inside the fragment should be
lazy in the context: then a cached fragment costs no query at all.
"""

from django import template

from pagecache.fragments import remembered

register = template.Library()


class SharedFragmentNode(template.Node):
    def __init__(self, nodelist, name, vary_on):
        self.nodelist = nodelist
        self.name = name
        self.vary_on = vary_on

    def render(self, context):
        vary_on = [value.resolve(context) for value in self.vary_on]
        return remembered(
            self.name.resolve(context), lambda: self.nodelist.render(context), *vary_on
        )


@register.tag("sharedfragment")
def shared_fragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("sharedfragment needs a name.")
    nodelist = parser.parse(("endsharedfragment",))
    parser.delete_first_token()
    return SharedFragmentNode(
        nodelist, parser.compile_filter(bits[1]), [parser.compile_filter(b) for b in bits[2:]]
    )
